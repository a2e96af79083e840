using Roster.Data.Queries;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Domain.Names;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Data.History;

/// <summary>
/// Tenures as the roster stood at a moment of recorded time (DESIGN.md §3, two clocks): derived in memory with
/// <see cref="TenureTimeline"/> from the order items of orders recorded at or before that moment, leaving out the items
/// of orders revoked or amended by corrections recorded by then, from the attestations of rosters recorded by then and
/// from the probation confirmations recorded by then.
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
        var posts = await db.Posts.AsNoTracking().Where(which)
            .Select(p => new { p.Id, p.Title, p.Rank, Organization = p.Organization.Name }).ToListAsync(cancellationToken);
        if (posts.Count == 0) return [];
        var ids = posts.Select(p => p.Id).ToList();
        var at = asRecordedAt;

        var items = await db.OrderItems.AsNoTracking().Where(i => ids.Contains(i.PostId)).InForce(db, at).AsEvents()
            .ToListAsync(cancellationToken);
        var attestations = await db.Attestations.AsNoTracking()
            .Where(a => ids.Contains(a.PostId) && a.Roster.RecordedAt <= at)
            .Select(a => new { a.PostId, a.AttestedOn, Person = a.Person.Name, a.Roster.SourceDocument })
            .ToListAsync(cancellationToken);
        var confirmations = await db.ProbationConfirmations.AsNoTracking()
            .Where(c => ids.Contains(c.PostId) && c.RecordedAt <= at)
            .Select(c => new { c.PostId, c.ConfirmedOn, Person = c.Person.Name, c.Source })
            .ToListAsync(cancellationToken);

        var eventsByPost = items.ToLookup(i => i.PostId, i => i.ToPostEvent());
        var evidenceByPost = attestations.ToLookup(a => a.PostId, a => new PostAttestation(a.AttestedOn, a.Person, a.SourceDocument));
        var confirmationsByPost = confirmations.ToLookup(c => c.PostId, c => new Domain.Probation.PostConfirmation(c.ConfirmedOn, c.Person, c.Source, -1));
        var tenures = new List<Tenure>();
        foreach (var post in posts)
        {
            if (!eventsByPost.Contains(post.Id) && !evidenceByPost.Contains(post.Id)) continue;
            var (derived, _) = TenureTimeline.Derive(new Post(post.Organization, post.Title, post.Rank), eventsByPost[post.Id], evidenceByPost[post.Id],
                confirmationsByPost[post.Id]);
            tenures.AddRange(derived);
        }
        return tenures.OrderBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal)
            .ThenBy(t => t.Post.Organization, StringComparer.Ordinal).ThenBy(t => t.Post.Title, StringComparer.Ordinal).ToList();
    }
}
