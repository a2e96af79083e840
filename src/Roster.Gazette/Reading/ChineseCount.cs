namespace Roster.Gazette.Reading;

/// <summary>Small counts written in Chinese numerals, as titles and probations print them: 二, 两, 四, 十, 十二, 二十一;
/// ASCII digits are read too.</summary>
internal static class ChineseCount
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Reads 0..99; false for anything else.</summary>
    public static bool TryRead(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 3) return false;
        if (text.All(c => c is >= '0' and <= '9'))
        {
            value = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        if (text == "两") { value = 2; return true; }
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 && Digit(text[0], out value);
        if (text.IndexOf('十', ten + 1) >= 0) return false;
        var tens = 1;
        if (ten > 0 && (ten != 1 || !Digit(text[0], out tens) || tens == 0)) return false;
        var units = 0;
        var rest = text[(ten + 1)..];
        if (rest.Length > 1 || (rest.Length == 1 && (!Digit(rest[0], out units) || units == 0))) return false;
        value = tens * 10 + units;
        return true;
    }

    private static bool Digit(char c, out int value)
    {
        value = Digits.IndexOf(c);
        return value >= 0;
    }
}
