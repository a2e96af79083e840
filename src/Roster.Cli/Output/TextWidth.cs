using System.Globalization;
using System.Text;

namespace Roster.Cli.Output;

/// <summary>
/// How many terminal columns text takes: East Asian wide and fullwidth characters (汉字, 〔〕, （）, Hangul,
/// kana) take two, combining marks and format characters none, everything else one.
/// </summary>
public static class TextWidth
{
    // East Asian Width W and F blocks (Unicode UAX #11), coarse but covering what gazettes print.
    private static readonly (int First, int Last)[] Wide =
    [
        (0x1100, 0x115F), // Hangul Jamo initials
        (0x2E80, 0x303E), // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (、。〔〕)
        (0x3041, 0x33FF), // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        (0x3400, 0x4DBF), // CJK unified ideographs extension A
        (0x4E00, 0x9FFF), // CJK unified ideographs
        (0xA000, 0xA4CF), // Yi
        (0xA960, 0xA97F), // Hangul Jamo extended A
        (0xAC00, 0xD7A3), // Hangul syllables
        (0xF900, 0xFAFF), // CJK compatibility ideographs
        (0xFE10, 0xFE19), // vertical forms
        (0xFE30, 0xFE6F), // CJK compatibility forms, small form variants
        (0xFF00, 0xFF60), // fullwidth forms (（），：)
        (0xFFE0, 0xFFE6), // fullwidth signs
        (0x1F300, 0x1F64F), // pictographs and emoticons
        (0x1F900, 0x1F9FF), // supplemental pictographs
        (0x20000, 0x2FFFD), // CJK extensions B to F, compatibility supplement
        (0x30000, 0x3FFFD), // CJK extensions G and H
    ];

    /// <summary>The number of columns <paramref name="text"/> takes in a terminal.</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }
        return width;
    }

    /// <summary>The number of columns one character takes: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }
        var value = rune.Value;
        foreach (var (first, last) in Wide)
        {
            if (value < first) break;
            if (value <= last) return 2;
        }
        return 1;
    }
}
