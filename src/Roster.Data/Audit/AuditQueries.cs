using Microsoft.EntityFrameworkCore;
using Roster.Data.Queries;

namespace Roster.Data.Audit;

/// <summary>Reads the audit trail, oldest first (append-only, so offset pages stay stable while rows are added).</summary>
public sealed class AuditQueries(RosterDbContext db)
{
    // Oldest first; the id is the order of recording.
    private static readonly Queries.KeyColumn<Entities.AuditEventEntity>[] Key = [Queries.KeyColumn<Entities.AuditEventEntity>.Of(a => a.Id)];

    /// <summary>One page of the events matching <paramref name="filter"/> after <paramref name="cursor"/>, oldest first, and where the next starts.</summary>
    public async Task<Queries.Page<AuditEvent>> ListAsync(AuditFilter filter, Queries.PageCursor cursor, int size, CancellationToken cancellationToken)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Actor)) query = query.Where(a => a.Actor == filter.Actor || a.Office == filter.Actor);
        if (!string.IsNullOrEmpty(filter.Target)) query = query.Where(a => a.Target == filter.Target);
        if (filter.From is { } from) query = query.Where(a => a.OccurredAt >= from);
        if (filter.Before is { } before) query = query.Where(a => a.OccurredAt < before);
        var rows = await query.After(Key, cursor).Take(size + 1)
            .Select(a => new AuditEvent(a.Id, a.OccurredAt, a.ActorKind, a.Actor, a.Office, a.Method, a.Target, a.RequestId, a.Outcome, a.Status, a.Reason, a.Message))
            .ToListAsync(cancellationToken);
        return rows.Count > size
            ? new(rows[..size], new Queries.PageCursor([rows[size - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], 0))
            : new(rows, null);
    }
}
