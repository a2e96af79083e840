using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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
        var people = await PeopleOnPostsAsync(which, cancellationToken);
        return records.SelectMany(r => r.Derive().Tenures)
            .Select(t => t with { PersonId = people.TryGetValue((t.Post.Organization, t.Post.Title, t.Person), out var id) ? id : null })
            .OrderBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal)
            .ThenBy(t => t.Post.Organization, StringComparer.Ordinal).ThenBy(t => t.Post.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>The person each name on these posts resolves to now (docs/identity.md): the mentions of a name in one post are
    /// one person unless a request named another id, so the item or attestation with the lowest id speaks for it.</summary>
    private async Task<Dictionary<(string, string, string), long>> PeopleOnPostsAsync(Expression<Func<PostEntity, bool>> which,
        CancellationToken cancellationToken)
    {
        var posts = db.Posts.Where(which).Select(p => p.Id);
        var items = await db.OrderItems.Where(i => posts.Contains(i.PostId) && i.NamedPersonId == null)
            .Select(i => new { i.Id, i.Post.Organization.Name, i.Post.Title, Person = i.Person.Name, i.PersonId }).ToListAsync(cancellationToken);
        var attestations = await db.Attestations.Where(a => posts.Contains(a.PostId))
            .Select(a => new { a.Id, a.Post.Organization.Name, a.Post.Title, Person = a.Person.Name, a.PersonId }).ToListAsync(cancellationToken);
        var people = new Dictionary<(string, string, string), long>();
        foreach (var row in items.OrderBy(i => i.Id).Concat(attestations.OrderBy(a => a.Id)))
        {
            people.TryAdd((row.Name, row.Title, row.Person), row.PersonId);
        }
        return people;
    }
}
