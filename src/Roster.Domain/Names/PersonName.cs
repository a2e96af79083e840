namespace Roster.Domain.Names;

/// <summary>
/// Person names as gazettes print them. The canonical form is NFKC with white space removed, so the
/// padded two-character form "岳 江" and "岳江" are one person (DESIGN.md §5). Gazettes publish no
/// other identifier, so within Roster a canonical name identifies a person.
/// </summary>
public static class PersonName
{
    /// <summary>The longest canonical name accepted, in characters.</summary>
    public const int MaxLength = 32;

    /// <summary>The canonical form of <paramref name="printed"/>.</summary>
    public static string Canonical(string? printed) => TextForm.Compact(printed);

    /// <summary>Why <paramref name="canonical"/> cannot be a name, or null when it can.</summary>
    public static string? Problem(string canonical)
    {
        if (canonical.Length == 0) return "person name is empty";
        if (canonical.Length > MaxLength) return $"person name is longer than {MaxLength} characters";
        if (TextForm.HasInvisibleCharacters(canonical)) return "person name contains control or formatting characters";
        foreach (var c in canonical)
        {
            if (char.IsDigit(c) || "<>{}[]();:'\"\\/|=*&%$#@!?".Contains(c)) return $"person name contains '{c}'";
        }
        return null;
    }
}
