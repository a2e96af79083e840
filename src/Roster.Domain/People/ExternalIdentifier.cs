using System.Text.RegularExpressions;
using Roster.Domain.Errors;
using Roster.Domain.Names;

namespace Roster.Domain.People;

/// <summary>
/// An identifier another register gives a person or an organisation (docs/identity.md, external identifiers): a scheme
/// (<c>wikidata</c>, <c>cped</c>, an office's own register) and the value in it (<c>Q123456</c>). One (scheme, value)
/// names one subject.
/// </summary>
/// <param name="Scheme">Lower-case scheme name: letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; 1-32 characters.</param>
/// <param name="Value">The identifier within the scheme, 1-100 characters, no white space or control characters.</param>
public sealed partial record ExternalIdentifier(string Scheme, string Value)
{
    /// <summary>Reason code for a malformed scheme or value.</summary>
    public const string InvalidReason = "IDENTIFIER_INVALID";
    /// <summary>Reason code for a (scheme, value) already given to another subject.</summary>
    public const string TakenReason = "IDENTIFIER_TAKEN";
    /// <summary>The Wikidata scheme, whose values are item ids (<c>Q</c> and a positive number).</summary>
    public const string Wikidata = "wikidata";

    /// <summary>The identifier <paramref name="scheme"/> and <paramref name="value"/> make, trimmed, the scheme lower-cased;
    /// <see cref="InvalidInputException"/> naming <c>scheme</c> or <c>value</c> when either is malformed (white space inside
    /// either included).</summary>
    public static ExternalIdentifier Parse(string? scheme, string? value)
    {
        var violations = new List<FieldViolation>();
        // Trimmed, not compacted: white space inside a scheme or value is refused, never silently removed.
        var s = (scheme ?? "").Trim().ToLowerInvariant();
        var v = (value ?? "").Trim();
        if (!SchemePattern().IsMatch(s))
            violations.Add(new FieldViolation("scheme", "scheme must be 1-32 lower-case letters, digits, '.', '_' or '-', e.g. wikidata"));
        if (v.Length is 0 or > 100 || v.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            violations.Add(new FieldViolation("value", "value must be 1-100 characters without white space or control characters"));
        else if (s == Wikidata && !WikidataPattern().IsMatch(v))
            violations.Add(new FieldViolation("value", $"{TextForm.Quote(v)} is not a Wikidata item id such as Q123456"));
        if (violations.Count > 0) throw new InvalidInputException(InvalidReason, $"the identifier is invalid: {violations[0].Description}", violations);
        return new ExternalIdentifier(s, v);
    }

    [GeneratedRegex("^[a-z0-9._-]{1,32}$")]
    private static partial Regex SchemePattern();

    [GeneratedRegex("^Q[1-9][0-9]{0,11}$")]
    private static partial Regex WikidataPattern();
}
