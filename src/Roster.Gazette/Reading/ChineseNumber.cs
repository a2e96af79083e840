namespace Roster.Gazette.Reading;

/// <summary>Whole numbers written in Chinese numerals as order numbers print them (第十二号, 第一百零五号, 第一二〇号)
/// or in ASCII digits, up to 9999.</summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Reads 1..9999; false for anything else.</summary>
    public static bool TryRead(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 8) return false;
        if (text.All(c => c is >= '0' and <= '9')) return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out value) && value is > 0 and < 10000;
        if (text.IndexOfAny(['十', '百', '千']) < 0)
        {
            // Digit by digit: 一二〇 = 120.
            foreach (var c in text)
            {
                var d = DigitOf(c);
                if (d < 0) return false;
                value = value * 10 + d;
            }
            return value is > 0 and < 10000;
        }
        var total = 0;
        var digit = -1;
        foreach (var c in text)
        {
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                var d = DigitOf(c);
                if (d < 0) return false;
                digit = d;
                continue;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) total += digit;
        value = total;
        return value is > 0 and < 10000;
    }

    private static int DigitOf(char c) => c is '〇' or '○' ? 0 : Digits.IndexOf(c);
}
