using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Domain.Anomalies;
using Roster.Domain.Posts;
using Roster.Domain.Probation;
using Roster.Domain.Tenures;

namespace Roster.Data.Queries;

/// <summary>Reads everything recorded about posts (order items, attestations, API confirmations) as domain <see cref="PostRecord"/>s,
/// for derivations outside the ledger (anomalies, conflict checks, the roster as recorded at a past moment). Untracked; one
/// query per kind of record.</summary>
internal static class PostRecords
{
    /// <summary>The records in force of every post matching <paramref name="which"/>, or of every post when null: the items of
    /// orders no correction revoked or amended, attestations and API confirmations. With <paramref name="asRecordedAt"/> (UTC,
    /// inclusive), only what was recorded by then, and only corrections recorded by then. Posts with no record contribute nothing.</summary>
    public static async Task<IReadOnlyList<PostRecord>> LoadAsync(RosterDbContext db, Expression<Func<PostEntity, bool>>? which,
        CancellationToken cancellationToken, DateTime? asRecordedAt = null)
    {
        var posts = await (which is null ? db.Posts.AsNoTracking() : db.Posts.AsNoTracking().Where(which))
            .Select(p => new { p.Id, Organization = p.Organization.Name, p.Title, p.Rank }).ToListAsync(cancellationToken);
        if (posts.Count == 0) return [];

        var items = db.OrderItems.AsNoTracking().InForce(db, asRecordedAt);
        var attestationRows = db.Attestations.AsNoTracking();
        var confirmationRows = db.ProbationConfirmations.AsNoTracking();
        if (asRecordedAt is { } at)
        {
            attestationRows = attestationRows.Where(a => a.Roster.RecordedAt <= at);
            confirmationRows = confirmationRows.Where(c => c.RecordedAt <= at);
        }
        if (which is not null)
        {
            // Every post or a few: filtering by ids keeps each statement on the posts' indexes without repeating the predicate.
            var ids = posts.Select(p => p.Id).ToList();
            items = items.Where(i => ids.Contains(i.PostId));
            attestationRows = attestationRows.Where(a => ids.Contains(a.PostId));
            confirmationRows = confirmationRows.Where(c => ids.Contains(c.PostId));
        }
        var events = (await items.AsEvents().ToListAsync(cancellationToken)).ToLookup(r => r.PostId, r => r.ToPostEvent());
        var attestations = (await attestationRows.Select(a => new { a.PostId, a.AttestedOn, Person = a.Person.Name, a.Roster.SourceDocument })
            .ToListAsync(cancellationToken)).ToLookup(a => a.PostId, a => new PostAttestation(a.AttestedOn, a.Person, a.SourceDocument));
        var confirmations = (await confirmationRows.Select(c => new { c.PostId, c.ConfirmedOn, Person = c.Person.Name, c.Source })
            .ToListAsync(cancellationToken)).ToLookup(c => c.PostId, c => new PostConfirmation(c.ConfirmedOn, c.Person, c.Source));
        return posts.Where(p => events.Contains(p.Id) || attestations.Contains(p.Id) || confirmations.Contains(p.Id))
            .Select(p => new PostRecord(new Post(p.Organization, p.Title, p.Rank), events[p.Id].ToList(), attestations[p.Id].ToList(),
                confirmations[p.Id].ToList()))
            .ToList();
    }
}
