using Roster.Data.Lineage;
using Roster.Domain.Errors;

namespace Roster.Server.Services;

/// <summary>An organisation as a request names it: "organizations/7" (or "7"), or a name (compacted, as every query's).</summary>
public static class OrganizationRefs
{
    /// <summary>The prefix of an organisation's resource name.</summary>
    public const string Prefix = "organizations/";

    /// <summary>The reference; <see cref="InvalidInputException"/> naming <paramref name="field"/> when blank or invalid.</summary>
    public static OrganizationRef Required(string value, string field) =>
        Optional(value, field) ?? throw new InvalidInputException(RequestText.RequiredReason, field, $"{field} is required");

    /// <summary>The reference, null when blank.</summary>
    public static OrganizationRef? Optional(string value, string field)
    {
        var text = RequestText.Optional(value, field);
        if (text is null) return null;
        var digits = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : text;
        if (digits.Length is > 0 and <= 18 && digits.All(char.IsAsciiDigit)) return new OrganizationRef(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), null);
        if (text.StartsWith(Prefix, StringComparison.Ordinal))
            throw new InvalidInputException(RequestText.InvalidReason, field, $"{field} must be organizations/ followed by a number, or a name");
        return new OrganizationRef(null, text);
    }

    /// <summary>The resource name of organisation <paramref name="id"/>.</summary>
    public static string Name(long id) => $"{Prefix}{id}";
}
