namespace Roster.Data.Audit;

/// <summary>Which audit events to list; every part is optional and they combine with AND.</summary>
/// <param name="Actor">An API key prefix, a JWT subject, <c>anonymous</c>, or an office (exact).</param>
/// <param name="Target">The target, exact (a document number in its canonical form).</param>
/// <param name="From">Events recorded at or after this instant (UTC).</param>
/// <param name="Before">Events recorded before this instant (UTC).</param>
public sealed record AuditFilter(string? Actor, string? Target, DateTime? From, DateTime? Before);
