using System.Linq.Expressions;
using Roster.Data.Entities;
using Roster.Data.Queries;
using Roster.Domain.Tenures;

namespace Roster.Data.History;

/// <summary>
/// Tenures as the roster stood at a moment of recorded time (docs/time.md, two clocks): derived in memory with
/// <see cref="TenureTimeline"/> from the order items of orders recorded at or before that moment, leaving out the items
/// of orders revoked or amended by corrections recorded by then, from the attestations of rosters recorded by then and
/// from the probation confirmations recorded by then (<see cref="PostRecords"/>).
/// The stored tenures (the current projection) are not read. Reusable by any query that needs the past state of a few
/// posts; its cost grows with the number of posts asked about, so ask about few.
/// </summary>
public sealed class RecordedTenures(RosterDbContext db)
{
    /// <summary>The tenures of every stored post matching <paramref name="which"/>, as recorded at <paramref name="asRecordedAt"/>
    /// (UTC, inclusive), ordered by known-since date then person. Posts with no record by then contribute nothing.</summary>
    public async Task<IReadOnlyList<Tenure>> OfPostsAsync(Expression<Func<PostEntity, bool>> which, DateTime asRecordedAt,
        CancellationToken cancellationToken)
    {
        var records = await PostRecords.LoadAsync(db, which, cancellationToken, asRecordedAt);
        return records.SelectMany(r => r.Derive().Tenures)
            .OrderBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal)
            .ThenBy(t => t.Post.Organization, StringComparer.Ordinal).ThenBy(t => t.Post.Title, StringComparer.Ordinal).ToList();
    }
}
