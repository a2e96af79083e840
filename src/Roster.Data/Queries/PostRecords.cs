using Microsoft.EntityFrameworkCore;
using Roster.Domain.Anomalies;
using Roster.Domain.Names;
using Roster.Domain.Posts;
using Roster.Domain.Probation;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Data.Queries;

/// <summary>Reads everything recorded about posts (order items, attestations, API confirmations) as domain <see cref="PostRecord"/>s,
/// for derivations outside the ledger (anomalies, conflict checks). Untracked; one query per kind of record.</summary>
internal static class PostRecords
{
    /// <summary>The records in force of every post of the organisations in <paramref name="organizations"/>, or of every post
    /// when null: the items of orders no correction revoked or amended, attestations and API confirmations. With
    /// <paramref name="asRecordedAt"/> (UTC), only what was recorded by then, and only corrections recorded by then.</summary>
    public static async Task<IReadOnlyList<PostRecord>> LoadAsync(RosterDbContext db, IReadOnlyCollection<string>? organizations,
        CancellationToken cancellationToken, DateTime? asRecordedAt = null)
    {
        var items = db.OrderItems.AsNoTracking().InForce(db, asRecordedAt);
        var attestationRows = db.Attestations.AsNoTracking();
        var confirmationRows = db.ProbationConfirmations.AsNoTracking();
        if (asRecordedAt is { } at)
        {
            attestationRows = attestationRows.Where(a => a.Roster.RecordedAt <= at);
            confirmationRows = confirmationRows.Where(c => c.RecordedAt <= at);
        }
        var posts = db.Posts.AsNoTracking();
        if (organizations is not null)
        {
            items = items.Where(i => organizations.Contains(i.Post.Organization.Name));
            attestationRows = attestationRows.Where(a => organizations.Contains(a.Post.Organization.Name));
            confirmationRows = confirmationRows.Where(c => organizations.Contains(c.Post.Organization.Name));
            posts = posts.Where(p => organizations.Contains(p.Organization.Name));
        }
        var events = (await items.AsEvents().ToListAsync(cancellationToken)).ToLookup(r => r.PostId, r => r.ToPostEvent());
        var attestations = (await attestationRows.Select(a => new { a.PostId, a.AttestedOn, Person = a.Person.Name, a.Roster.SourceDocument })
            .ToListAsync(cancellationToken)).ToLookup(a => a.PostId, a => new PostAttestation(a.AttestedOn, a.Person, a.SourceDocument));
        var confirmations = (await confirmationRows.Select(c => new { c.PostId, c.ConfirmedOn, Person = c.Person.Name, c.Source })
            .ToListAsync(cancellationToken)).ToLookup(c => c.PostId, c => new PostConfirmation(c.ConfirmedOn, c.Person, c.Source));
        var postRows = await posts.Select(p => new { p.Id, Organization = p.Organization.Name, p.Title, p.Rank }).ToListAsync(cancellationToken);
        return postRows.Where(p => events.Contains(p.Id) || attestations.Contains(p.Id) || confirmations.Contains(p.Id))
            .Select(p => new PostRecord(new Post(p.Organization, p.Title, p.Rank), events[p.Id].ToList(), attestations[p.Id].ToList(),
                confirmations[p.Id].ToList()))
            .ToList();
    }
}
