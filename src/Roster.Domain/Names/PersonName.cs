namespace Roster.Domain.Names;

/// <summary>
/// Person names as gazettes print them. The canonical form is NFKC with white space removed, so the
/// padded two-character form "岳 江" and "岳江" are one person (docs/normalisation.md). Gazettes publish no
/// other identifier, so within Roster a canonical name identifies a person.
/// </summary>
public static class PersonName
{
    /// <summary>The longest canonical name accepted, in characters.</summary>
    public const int MaxLength = 32;

    /// <summary>The canonical form of <paramref name="printed"/>.</summary>
    public static string Canonical(string? printed) => TextForm.Compact(printed);

    /// <summary>Separators printed inside names: the middle dots of transcribed names (阿不都·热合曼), the hyphen and the full stop.</summary>
    public const string Separators = "·・‧-.";

    /// <summary>Why <paramref name="canonical"/> cannot be a name, or null when it can: empty, too long, invisible characters, a
    /// character that is neither a letter, a combining mark nor one of <see cref="Separators"/> (digits, symbols, emoji,
    /// brackets), or no letter at all.</summary>
    public static string? Problem(string canonical)
    {
        if (canonical.Length == 0) return "person name is empty";
        if (canonical.Length > MaxLength) return $"person name is longer than {MaxLength} characters";
        if (TextForm.HasInvisibleCharacters(canonical)) return "person name contains control or formatting characters";
        var letters = 0;
        foreach (var rune in canonical.EnumerateRunes())
        {
            if (System.Text.Rune.IsLetter(rune)) letters++;
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(rune.Value) is not
                     (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                     && !(rune.IsBmp && Separators.Contains((char)rune.Value)))
                return $"person name contains \"{rune}\" (U+{rune.Value:X4}): a name has letters, and at most the separators {Separators}";
        }
        return letters == 0 ? "person name has no letter" : null;
    }
}
