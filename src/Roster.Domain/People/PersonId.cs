using System.Globalization;

namespace Roster.Domain.People;

/// <summary>
/// A person's stable id, written as the resource name <c>people/{id}</c> (docs/identity.md). Ids are never reused; an id
/// merged into another keeps answering, redirected to the survivor.
/// </summary>
/// <param name="Value">The positive number after <c>people/</c>.</param>
public readonly record struct PersonId(long Value)
{
    /// <summary>The collection segment of the resource name.</summary>
    public const string Collection = "people/";

    /// <summary>The resource name, e.g. <c>people/17</c>.</summary>
    public override string ToString() => Collection + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="text"/> is a resource name <c>people/{id}</c> with a positive decimal id (no sign,
    /// no leading zero); false for anything else, including a person's name.</summary>
    public static bool TryParse(string? text, out PersonId id)
    {
        id = default;
        if (text is null || !text.StartsWith(Collection, StringComparison.Ordinal)) return false;
        var digits = text.AsSpan(Collection.Length);
        if (digits.Length is 0 or > 18 || digits[0] == '0') return false;
        foreach (var c in digits) if (c is < '0' or > '9') return false;
        id = new PersonId(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>True when <paramref name="text"/> starts like a resource name (<c>people/</c>), well formed or not: such text is
    /// never read as a person's name.</summary>
    public static bool LooksLikeResourceName(string? text) => text?.StartsWith(Collection, StringComparison.Ordinal) == true;
}
