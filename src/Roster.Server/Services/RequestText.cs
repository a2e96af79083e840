using Roster.Domain.Errors;
using Roster.Domain.Names;

namespace Roster.Server.Services;

/// <summary>Names and other short texts of query requests, in their compact form (docs/normalisation.md: white space and full-width
/// forms folded); INVALID_ARGUMENT on the field when the text cannot be one (control characters, over 200 characters).</summary>
public static class RequestText
{
    /// <summary>Reason code of a missing text.</summary>
    public const string RequiredReason = "FIELD_REQUIRED";
    /// <summary>Reason code of a text that cannot be a name.</summary>
    public const string InvalidReason = "FIELD_INVALID";
    /// <summary>Longest text accepted, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The compact text; <see cref="InvalidInputException"/> naming <paramref name="field"/> when blank or invalid.</summary>
    public static string Required(string value, string field) =>
        Optional(value, field) ?? throw new InvalidInputException(RequiredReason, field, $"{field} is required");

    /// <summary>The compact text, null when blank; <see cref="InvalidInputException"/> naming <paramref name="field"/> when invalid.</summary>
    public static string? Optional(string value, string field)
    {
        var compact = TextForm.Compact(value);
        if (compact.Length == 0) return null;
        if (TextForm.Problem(field, compact, MaxLength) is { } problem) throw new InvalidInputException(InvalidReason, field, problem);
        return compact;
    }
}
