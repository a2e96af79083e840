using Google.Protobuf;

namespace Roster.Server.Audit;

/// <summary>
/// How to describe one write RPC in the audit trail: its target (read from the request, before the call) and its outcome.
/// </summary>
/// <param name="Committed">The outcome when the call commits a write (the audit event is stored in that transaction).</param>
/// <param name="TargetOf">The target, from the request.</param>
/// <param name="OutcomeOf">The outcome of a call that succeeded without committing, from the request and response.</param>
/// <param name="SubmittedByOf">The client-supplied submitter, named for anonymous callers; null when the request has none.</param>
public sealed record AuditedWrite(
    string Committed,
    Func<IMessage, string> TargetOf,
    Func<IMessage, IMessage, string> OutcomeOf,
    Func<IMessage, string?> SubmittedByOf)
{
    /// <summary>A write RPC without a description of its own: no target, outcome <c>CREATED</c> when it commits, else <c>OK</c>.</summary>
    public static readonly AuditedWrite Unlisted = new(AuditOutcomes.Created, _ => "", (_, _) => AuditOutcomes.Ok, _ => null);

    /// <summary>A description typed by the RPC's request and response.</summary>
    public static AuditedWrite For<TRequest, TResponse>(string committed, Func<TRequest, string?> target, Func<TRequest, TResponse, string> outcome,
        Func<TRequest, string?>? submittedBy = null)
        where TRequest : IMessage where TResponse : IMessage =>
        new(committed, r => target((TRequest)r) ?? "", (r, s) => outcome((TRequest)r, (TResponse)s),
            r => submittedBy?.Invoke((TRequest)r));
}

/// <summary>The outcome words of the audit trail.</summary>
public static class AuditOutcomes
{
    /// <summary>The call stored something new.</summary>
    public const string Created = "CREATED";
    /// <summary>The same content was already stored; nothing written.</summary>
    public const string AlreadyRecorded = "ALREADY_RECORDED";
    /// <summary>validate_only: checked, nothing written.</summary>
    public const string Validated = "VALIDATED";
    /// <summary>A key was revoked.</summary>
    public const string Revoked = "REVOKED";
    /// <summary>Nothing to change (e.g. revoking a revoked key).</summary>
    public const string Unchanged = "UNCHANGED";
    /// <summary>Succeeded; nothing more specific is known.</summary>
    public const string Ok = "OK";
    /// <summary>UNAUTHENTICATED or PERMISSION_DENIED.</summary>
    public const string Denied = "DENIED";
    /// <summary>Any other failure.</summary>
    public const string Failed = "FAILED";
}
