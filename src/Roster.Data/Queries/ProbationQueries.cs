using Roster.Data.Ledger;
using Microsoft.EntityFrameworkCore;
using Roster.Domain.Probation;
using Roster.Domain.Tenures;

namespace Roster.Data.Queries;

/// <summary>
/// Lists probations (试用期) over the derived tenures: the database narrows to tenures with a probation by index
/// (<c>probation_until</c>) and the filter's necessary conditions; <see cref="ProbationList"/> decides status and order, so the
/// rules stay in the domain and a different tenure source (e.g. tenures as recorded at a time) can be passed in. Untracked.
/// </summary>
public sealed class ProbationQueries(RosterDbContext db, History.RecordedTenures recorded)
{
    /// <summary>One page of the probations <paramref name="filter"/> asks for, ordered by end date, then person; with
    /// <paramref name="asRecordedAt"/> (UTC), from the tenures as recorded at that moment.</summary>
    public async Task<(IReadOnlyList<ProbationEntry> Page, bool More)> ListAsync(ProbationFilter filter, int offset, int size,
        CancellationToken cancellationToken, DateTime? asRecordedAt = null)
    {
        var candidates = asRecordedAt is { } at
            ? (await recorded.OfPostsAsync(p => db.OrderItems.Any(i => i.PostId == p.Id && i.Probation != null), at, cancellationToken))
                .Where(t => t.ProbationUntil is not null && t.StartOn is not null).ToList()
            : await CandidatesAsync(filter, cancellationToken);
        var entries = ProbationList.Select(candidates, filter);
        return (entries.Skip(offset).Take(size).ToList(), entries.Count > offset + size);
    }

    /// <summary>The stored tenures that may match <paramref name="filter"/>: a superset, the domain decides.</summary>
    private async Task<IReadOnlyList<Tenure>> CandidatesAsync(ProbationFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Tenures.AsNoTracking().Where(t => t.ProbationUntil != null && t.StartOn != null);
        if (filter.RunningOn is { } running)
            query = query.Where(t => t.ProbationUntil > running && t.StartOn <= running && (t.EndOn == null || t.EndOn > running));
        else if (filter.Status is not null)
            query = query.Where(t => t.StartOn <= filter.On);
        else
        {
            if (filter.EndingFrom is { } from) query = query.Where(t => t.ProbationUntil >= from);
            if (filter.EndingBefore is { } before) query = query.Where(t => t.ProbationUntil < before);
        }
        return await query.Select(TenureRows.Projection).ToListAsync(cancellationToken);
    }
}
