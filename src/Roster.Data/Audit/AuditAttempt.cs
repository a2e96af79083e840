namespace Roster.Data.Audit;

/// <summary>Who attempted which write, known before the write runs.</summary>
/// <param name="ActorKind"><c>api_key</c>, <c>jwt</c> or <c>anonymous</c>.</param>
/// <param name="Actor">The API key prefix, the JWT subject, or <c>anonymous</c>.</param>
/// <param name="Office">The office the caller acts for (anonymous callers: the client-supplied <c>submitted_by</c>), or null.</param>
/// <param name="Method">The gRPC method, e.g. <c>roster.v1.OrderService/SubmitOrder</c>.</param>
/// <param name="Target">What the write is about, e.g. a canonical document number.</param>
/// <param name="RequestId">The request id.</param>
public sealed record AuditAttempt(string ActorKind, string Actor, string? Office, string Method, string Target, string RequestId);

/// <summary>How a write attempt ended.</summary>
/// <param name="Outcome">CREATED, ALREADY_RECORDED, VALIDATED, REVOKED, UNCHANGED, OK; DENIED or FAILED.</param>
/// <param name="Status">The gRPC status code name, e.g. <c>OK</c>.</param>
/// <param name="Reason">The ErrorInfo reason of a failure.</param>
/// <param name="Message">The status message of a failure.</param>
public sealed record AuditResult(string Outcome, string Status = "OK", string? Reason = null, string? Message = null);
