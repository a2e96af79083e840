namespace Roster.Data.Entities;

/// <summary>
/// One write attempt, append-only (never updated or deleted; the SQLite migration adds triggers that refuse both).
/// A committed write's row is saved in the write's own transaction; refused or failed attempts in a transaction of their own.
/// </summary>
public sealed class AuditEventEntity
{
    /// <summary>Increasing with the order rows were written.</summary>
    public long Id { get; set; }
    /// <summary>When the attempt was recorded (UTC).</summary>
    public DateTime OccurredAt { get; set; }
    /// <summary><c>api_key</c>, <c>jwt</c> or <c>anonymous</c>.</summary>
    public required string ActorKind { get; set; }
    /// <summary>The API key prefix, the JWT subject, or <c>anonymous</c>.</summary>
    public required string Actor { get; set; }
    /// <summary>The office the caller acts for; for an anonymous caller the client-supplied <c>submitted_by</c>, if any.</summary>
    public string? Office { get; set; }
    /// <summary>The gRPC method, e.g. <c>roster.v1.OrderService/SubmitOrder</c>.</summary>
    public required string Method { get; set; }
    /// <summary>What the write was about: a document number, a group and its source, a key prefix, a person.</summary>
    public required string Target { get; set; }
    /// <summary>The request id (the client's <c>x-request-id</c>, or one the server made).</summary>
    public required string RequestId { get; set; }
    /// <summary>CREATED, ALREADY_RECORDED, VALIDATED, REVOKED, … for calls that succeeded; DENIED or FAILED otherwise.</summary>
    public required string Outcome { get; set; }
    /// <summary>The gRPC status code name, e.g. <c>OK</c>, <c>PERMISSION_DENIED</c>.</summary>
    public required string Status { get; set; }
    /// <summary>The ErrorInfo reason of a failure, e.g. <c>ISSUER_NOT_OWN_OFFICE</c>.</summary>
    public string? Reason { get; set; }
    /// <summary>The status message of a failure (capped).</summary>
    public string? Message { get; set; }
}
