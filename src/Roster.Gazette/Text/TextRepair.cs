using System.Text;
using System.Text.RegularExpressions;

namespace Roster.Gazette.Text;

/// <summary>
/// Repairs of compact text as it arrives from web pages and converters, applied to every line before reading:
/// pinyin that a converter inserted after a character (職務(wù) → 职务), stray backslashes (escaped quotes and
/// brackets), and dates written in Chinese numerals (二○一一年五月九日 → 2011年5月9日; 二〇二二年 → 2022年), so that
/// every later step reads one form. Each repair first checks for its trigger character, so ordinary lines cost a scan.
/// </summary>
internal static partial class TextRepair
{
    private const string NumeralDigits = "〇一二三四五六七八九";

    /// <summary>The repaired compact line.</summary>
    public static string Repair(string compact)
    {
        if (compact.Contains('\\'))
        {
            // Escaped quotes (\" \') are escaping artefacts of a page's script around a word, not text: dropped with the backslash.
            compact = compact.Replace("\\\"", "", StringComparison.Ordinal).Replace("\\'", "", StringComparison.Ordinal)
                .Replace("\\", "", StringComparison.Ordinal);
        }
        if (compact.Contains('(') && HasPinyinMark(compact)) compact = Pinyin().Replace(compact, "");
        if (compact.Contains('年') && NumeralYear().IsMatch(compact)) compact = NumeralDate().Replace(compact, Digits);
        return compact;
    }

    private static bool HasPinyinMark(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u00E0' and <= '\u01DC') return true;
        }
        return false;
    }

    private static string Digits(Match match)
    {
        var builder = new StringBuilder();
        foreach (var c in match.Groups["y"].Value) builder.Append(DigitOf(c));
        builder.Append('年');
        if (match.Groups["m"].Success)
        {
            builder.Append(Count(match.Groups["m"].Value)).Append('月');
            if (match.Groups["d"].Success) builder.Append(Count(match.Groups["d"].Value)).Append('日');
        }
        return builder.ToString();
    }

    private static int DigitOf(char c) => c is '○' or '零' or 'O' or '0' ? 0 : NumeralDigits.IndexOf(c);

    // 五 → 5, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31.
    private static int Count(string text)
    {
        var ten = text.IndexOf('十');
        if (ten < 0) return DigitOf(text[0]);
        var tens = ten == 0 ? 1 : DigitOf(text[0]);
        var units = ten == text.Length - 1 ? 0 : DigitOf(text[^1]);
        return tens * 10 + units;
    }

    /// <summary>Pinyin in parentheses right after a Chinese character: (wù), (zhí), (rèn).</summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\([a-zü\u00E0-\u01DC]{1,6}\)")]
    private static partial Regex Pinyin();

    [GeneratedRegex("[一二三四五六七八九〇○零O]{4}年")]
    private static partial Regex NumeralYear();

    [GeneratedRegex("(?<y>[一二三四五六七八九〇○零O0]{4})年(?:(?<m>十[一二]?|[一二三四五六七八九])月(?:(?<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?")]
    private static partial Regex NumeralDate();
}
