using System.Text;
using Roster.Domain.Names;

namespace Roster.Gazette.Text;

/// <summary>
/// The normalisation pass: splits a gazette text into physical lines that keep their original numbers,
/// each with a compact form (full-width forms folded, NFKC, white space and tabs removed: "岳 江" reads 岳江,
/// （ reads "(", ； reads ";", ２０２２ reads 2022). A traditional-character text is read in the simplified form
/// (<see cref="TraditionalChinese"/>) while each line keeps its printed text; converter pinyin, stray backslashes and
/// Chinese-numeral dates are repaired (<see cref="TextRepair"/>).
/// Full-width forms are folded here explicitly because <see cref="string.Normalize(NormalizationForm)"/> leaves
/// non-ASCII text unchanged when the process runs with invariant globalization (as Roster's builds do), so
/// NFKC alone would not fold them. Ill-formed UTF-16 (a lone surrogate, as in a truncated file) becomes U+FFFD
/// so that no later step can fail on it (with ICU, NFKC throws on it).
/// </summary>
internal static class GazetteLines
{
    /// <summary>The lines of <paramref name="text"/>, split at <c>\n</c> (a trailing <c>\r</c> is dropped).
    /// Only <c>\n</c> ends a line, so numbers agree with <c>sed</c> and <c>wc -l</c> even when the text
    /// holds form feeds or other separators.</summary>
    public static IReadOnlyList<SourceLine> Split(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var raw = text.Split('\n');
        var lines = new SourceLine[raw.Length];
        var script = ScriptOf(text);
        for (var i = 0; i < raw.Length; i++)
        {
            var printed = WellFormed(raw[i].TrimEnd('\r'));
            var read = script != Script.Simplified && HasTraditional(printed)
                ? TraditionalChinese.ToSimplified(printed, keepSimplified: script == Script.Variants) : printed;
            lines[i] = new SourceLine(i + 1, printed, TextRepair.Repair(TextForm.Compact(FoldWidth(read))));
        }
        return lines;
    }

    /// <summary>How a text is written: simplified, simplified with a few traditional or variant characters, or traditional.</summary>
    internal enum Script { Simplified, Variants, Traditional }

    /// <summary>Least share of traditional characters among the ideographs (one in <c>TraditionalShare</c>) that makes a
    /// text traditional; traditional texts run far above it (about one character in four differs).</summary>
    private const int TraditionalShare = 20;

    /// <summary>The script of <paramref name="text"/>: lines that hold a traditional or variant character
    /// (<see cref="TraditionalChinese.IsTraditional"/>) are converted to the simplified form (the printed text is kept).</summary>
    internal static Script ScriptOf(string text)
    {
        if (!TraditionalChinese.Available) return Script.Simplified;
        int traditional = 0, ideographs = 0;
        foreach (var c in text)
        {
            if (c is < '\u3400' or > '\u9FFF') continue;
            ideographs++;
            if (TraditionalChinese.IsTraditional(c)) traditional++;
        }
        return traditional == 0 ? Script.Simplified : traditional * TraditionalShare >= ideographs ? Script.Traditional : Script.Variants;
    }

    private static bool HasTraditional(string line)
    {
        foreach (var c in line)
        {
            if (TraditionalChinese.IsTraditional(c)) return true;
        }
        return false;
    }

    /// <summary>The text with full-width ASCII forms (U+FF01..U+FF5E) as ASCII and the ideographic space as a space,
    /// as NFKC folds them.</summary>
    public static string FoldWidth(string text)
    {
        if (!text.Any(c => c is >= '\uFF01' and <= '\uFF5E' or '\u3000')) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>The text with every unpaired surrogate replaced by U+FFFD (NFKC throws on them).</summary>
    private static string WellFormed(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (paired && builder is null) continue;
            builder ??= new StringBuilder(text, 0, i, text.Length);
            builder.Append(paired ? c : '\uFFFD');
        }
        return builder?.ToString() ?? text;
    }
}
