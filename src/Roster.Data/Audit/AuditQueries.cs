using Microsoft.EntityFrameworkCore;

namespace Roster.Data.Audit;

/// <summary>Reads the audit trail, oldest first (append-only, so offset pages stay stable while rows are added).</summary>
public sealed class AuditQueries(RosterDbContext db)
{
    /// <summary>One page of the events matching <paramref name="filter"/> from <paramref name="offset"/>, and whether more follow.</summary>
    public async Task<(IReadOnlyList<AuditEvent> Page, bool More)> ListAsync(AuditFilter filter, int offset, int size, CancellationToken cancellationToken)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Actor)) query = query.Where(a => a.Actor == filter.Actor || a.Office == filter.Actor);
        if (!string.IsNullOrEmpty(filter.Target)) query = query.Where(a => a.Target == filter.Target);
        if (filter.From is { } from) query = query.Where(a => a.OccurredAt >= from);
        if (filter.Before is { } before) query = query.Where(a => a.OccurredAt < before);
        var rows = await query.OrderBy(a => a.Id).Skip(offset).Take(size + 1)
            .Select(a => new AuditEvent(a.Id, a.OccurredAt, a.ActorKind, a.Actor, a.Office, a.Method, a.Target, a.RequestId, a.Outcome, a.Status, a.Reason, a.Message))
            .ToListAsync(cancellationToken);
        return rows.Count > size ? (rows[..size], true) : (rows, false);
    }
}
