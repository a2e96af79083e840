namespace Roster.Domain.Errors;

/// <summary>One invalid field: its path in the request (<c>order.items[1].person</c>) and why.</summary>
public sealed record FieldViolation(string Field, string Description);
