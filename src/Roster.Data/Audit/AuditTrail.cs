using Roster.Data.Entities;

namespace Roster.Data.Audit;

/// <summary>
/// Writes audit events (one per write attempt, append-only). A write that commits carries its own event:
/// <see cref="Open"/> puts the event on the request's unit of work before the write runs, so the write's
/// <c>SaveChanges</c> stores it inside the write's transaction and a committed write always has its event. When the
/// call stored nothing (an idempotent resubmission, validate-only) or failed, the caller discards the open event and
/// <see cref="AppendAsync"/>s the real outcome in a transaction of its own, using a fresh scope.
/// </summary>
public sealed class AuditTrail(RosterDbContext db, TimeProvider clock)
{
    private AuditEventEntity? _open;

    /// <summary>Adds the event for <paramref name="attempt"/> with the outcome it has if the write commits.</summary>
    public void Open(AuditAttempt attempt, AuditResult ifCommitted)
    {
        _open = Row(attempt, ifCommitted);
        db.AuditEvents.Add(_open);
    }

    /// <summary>True when the open event was saved by the write (and so committed with it: the ledgers save and commit together).</summary>
    public bool Committed => _open is { Id: > 0 };

    /// <summary>Takes the open event off the unit of work when the write did not save it.</summary>
    public void Discard()
    {
        if (_open is not null && !Committed) db.Entry(_open).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        _open = null;
    }

    /// <summary>Stores one event in its own transaction.</summary>
    public async Task AppendAsync(AuditAttempt attempt, AuditResult result, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(Row(attempt, result));
        await db.SaveChangesAsync(cancellationToken);
    }

    private AuditEventEntity Row(AuditAttempt attempt, AuditResult result) => new()
    {
        OccurredAt = clock.GetUtcNow().UtcDateTime,
        ActorKind = attempt.ActorKind,
        Actor = AuditLimits.Cap(attempt.Actor, 200),
        Office = attempt.Office is null ? null : AuditLimits.Cap(attempt.Office, 200),
        Method = attempt.Method,
        Target = AuditLimits.Cap(attempt.Target),
        RequestId = attempt.RequestId,
        Outcome = result.Outcome,
        Status = result.Status,
        Reason = result.Reason,
        Message = result.Message is null ? null : AuditLimits.Cap(result.Message),
    };
}
