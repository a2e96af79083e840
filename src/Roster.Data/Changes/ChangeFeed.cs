using Microsoft.EntityFrameworkCore;

namespace Roster.Data.Changes;

/// <summary>Reads the change feed in cursor (= commit) order.</summary>
public sealed class ChangeFeed(RosterDbContext db)
{
    /// <summary>At most <paramref name="limit"/> changes with a cursor above <paramref name="cursor"/>, in cursor order; only those
    /// of <paramref name="organization"/> or <paramref name="person"/> (exact canonical names) when given.</summary>
    public async Task<IReadOnlyList<FeedChange>> ReadAfterAsync(long cursor, string? organization, string? person, int limit, CancellationToken cancellationToken)
    {
        var query = db.Changes.AsNoTracking().Where(c => c.Id > cursor);
        if (!string.IsNullOrEmpty(organization)) query = query.Where(c => c.Organization == organization);
        if (!string.IsNullOrEmpty(person)) query = query.Where(c => c.Person == person);
        return await query.OrderBy(c => c.Id).Take(limit)
            .Select(c => new FeedChange(c.Id, c.RecordedAt, c.Kind, c.DocumentNumber, c.Organization, c.PostTitle, c.Person, c.StartOn, c.KnownSince,
                c.EndOn, c.ProbationUntil, c.StartedBy, c.EndedBy, c.PreviousKnownSince, c.PreviousEndOn, c.PersonId, c.MergedIntoId,
                c.StartPrecision, c.EndPrecision))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The cursor of the newest change, 0 when the feed is empty.</summary>
    public async Task<long> LastCursorAsync(CancellationToken cancellationToken) =>
        await db.Changes.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
}
