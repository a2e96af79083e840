using System.Globalization;
using System.Text;

namespace Roster.Domain.Names;

/// <summary>Canonical text forms shared by names, titles and document numbers (docs/normalisation.md).</summary>
public static class TextForm
{
    /// <summary>NFKC (full-width digits and letters to ASCII), then every white-space character removed.
    /// Chinese names, titles and organisation names carry no meaningful spaces: "岳 江" is "岳江".</summary>
    /// <remarks>Full-width ASCII forms (U+FF01..U+FF5E: （２０２２）, ［, ＡＢ) are folded explicitly as well: under
    /// invariant globalization (no ICU) <see cref="string.Normalize(NormalizationForm)"/> leaves non-ASCII text
    /// unchanged, and the canonical form must not depend on how the host process is configured.</remarks>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsCompact(text)) return text;
        string folded;
        try
        {
            folded = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; no valid name contains one, and validation reports it.
            folded = text;
        }
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) continue;
            // Full-width ASCII forms U+FF01 (！) .. U+FF5E (～) to ASCII: see the remarks.
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return builder.ToString();
    }

    // True when every character is one NFKC leaves alone and that is not white space: printable ASCII, CJK
    // punctuation U+3001..U+301F, CJK ideographs (extension A and the unified block) and the middle dot. None of
    // them composes with a neighbour, so such a text is its own compact form. Almost every published name is
    // one, and ICU normalisation was 60% of validating an order (docs/performance.md, bulk profile).
    private static bool IsCompact(string text)
    {
        foreach (var c in text)
        {
            var stable = c is (> ' ' and < '\u007F') or (>= '\u3001' and <= '\u301F') or (>= '\u3400' and <= '\u4DBF')
                or (>= '\u4E00' and <= '\u9FFF') or '\u00B7';
            if (!stable) return false;
        }
        return true;
    }

    /// <summary>True when the text holds a control, format (bidi), private-use, unpaired surrogate or replacement (U+FFFD) character,
    /// which no published name has.</summary>
    public static bool HasInvisibleCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            // U+FFFD is what a lone surrogate or invalid UTF-8 becomes on the wire: no published name has it.
            if (char.IsSurrogate(c) || c == '\uFFFD') return true;
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.PrivateUse:
                    return true;
            }
        }
        return false;
    }

    /// <summary>Why <paramref name="compact"/> cannot be the value of <paramref name="field"/>, or null when it can:
    /// too long (over <paramref name="maxLength"/> characters) or holding invisible characters.</summary>
    public static string? Problem(string field, string compact, int maxLength)
    {
        if (HasInvisibleCharacters(compact)) return $"{field} contains control or formatting characters";
        if (compact.Length > maxLength) return $"{field} is longer than {maxLength} characters";
        return null;
    }

    /// <summary>Why <paramref name="compact"/> cannot be the name of an organisation, office, issuer or post (<paramref name="field"/>),
    /// or null when it can: what <see cref="Problem"/> refuses, no letter at all, a symbol (emoji, maths, currency) or one of
    /// <c>/ \ % ? # &lt; &gt; { } |</c>, which no published name has and which break the name's place in a URL path.</summary>
    public static string? NameProblem(string field, string compact, int maxLength)
    {
        if (Problem(field, compact, maxLength) is { } problem) return problem;
        var letters = 0;
        foreach (var rune in compact.EnumerateRunes())
        {
            if (Rune.IsLetter(rune)) { letters++; continue; }
            var symbol = Rune.GetUnicodeCategory(rune) is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
            if (symbol || (rune.IsAscii && "/\\%?#<>{}|".Contains((char)rune.Value)))
                return $"{field} contains \"{rune}\" (U+{rune.Value:X4}), which no name has";
        }
        return letters == 0 ? $"{field} has no letter" : null;
    }

    /// <summary>Text safe to echo in a message: at most <paramref name="maxLength"/> characters (then "…"), with
    /// control, formatting and unpaired surrogate characters written as <c>\u202E</c> so they cannot reorder a terminal line.</summary>
    public static string Quote(string? text, int maxLength = 40)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var shown = text.Length > maxLength ? text[..maxLength] : text;
        var builder = new StringBuilder();
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                builder.Append(c).Append(shown[++i]);
                continue;
            }
            var invisible = char.IsSurrogate(c)
                || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse;
            if (invisible) builder.Append($"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        if (text.Length > maxLength) builder.Append('…');
        return builder.ToString();
    }
}
