namespace Roster.Data.Audit;

/// <summary>A stored audit event: one write attempt and how it ended (<see cref="Entities.AuditEventEntity"/> as read).</summary>
public sealed record AuditEvent(long Id, DateTime OccurredAt, string ActorKind, string Actor, string? Office, string Method, string Target,
    string RequestId, string Outcome, string Status, string? Reason, string? Message);
