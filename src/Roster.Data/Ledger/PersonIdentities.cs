using Microsoft.EntityFrameworkCore;
using Roster.Data.Changes;
using Roster.Data.Entities;
using Roster.Domain.People;
using Roster.Domain.Reference;

namespace Roster.Data.Ledger;

/// <summary>
/// Keeps every mention of a name resolved to its person inside the write transaction (docs/identity.md): loads every
/// mention of the names a write touched (order items, person seats, attestations, API confirmations, portfolios), lets the
/// domain's <see cref="PersonClusters"/> decide who is who and <see cref="StableIds"/> which ids they keep, then points each
/// row, each tenure and each new change-feed entry at its person, retires ids a document merged (redirect plus a
/// PEOPLE_MERGED entry) and drops the placeholders the write created. Re-deriving from all mentions is what makes the
/// result independent of arrival order.
/// </summary>
internal sealed class PersonIdentities(RosterDbContext db, ReferenceTables tables)
{
    /// <summary>Resolves every mention of <paramref name="names"/>. <paramref name="placeholders"/> are the people this write
    /// created for its new rows (their ids say nothing yet); <paramref name="newChanges"/> the change-feed entries it added,
    /// each with its post, not yet added (the feed is append-only), which get their person ids here. Call after the write's rows are
    /// saved; saves its own changes.</summary>
    public async Task ResolveAsync(IReadOnlyCollection<string> names, IReadOnlyCollection<PersonEntity> placeholders,
        IReadOnlyList<(ChangeEntity Change, long PostId)> newChanges, ChangeCause cause, CancellationToken cancellationToken)
    {
        if (names.Count == 0) return;
        var fresh = placeholders.Select(p => p.Id).ToHashSet();
        var rows = await MentionRows.LoadAsync(db, names, cancellationToken);
        var mentions = rows.Select(r => r.ToMention(tables, fresh)).ToList();
        var people = await db.People.Where(p => names.Contains(p.Name)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var target = new Dictionary<(MentionKind, long), (long Person, MentionReason Reason)>();
        var retiredNow = new List<(PersonEntity Person, long Heir)>();
        foreach (var sameName in mentions.GroupBy(m => m.Mention.Name))
        {
            var clusters = PersonClusters.Derive(sameName.Select(m => m.Mention).ToList());
            var current = sameName.ToDictionary(m => (m.Mention.Kind, m.Mention.RowId), m => m.Current);
            var assignment = StableIds.Assign(clusters, m => current[(m.Kind, m.RowId)]);
            for (var i = 0; i < clusters.Count; i++)
            {
                var id = assignment.Ids[i];
                if (id is null)
                {
                    var person = new PersonEntity { Name = sameName.Key, Jurisdiction = clusters[i].Mentions[0].Mention.Jurisdiction };
                    db.People.Add(person);
                    await db.SaveChangesAsync(cancellationToken);
                    id = person.Id;
                    people[person.Id] = person;
                }
                else if (people.TryGetValue(id.Value, out var kept) && kept.Jurisdiction is null)
                {
                    kept.Jurisdiction = clusters[i].Mentions[0].Mention.Jurisdiction;
                }
                foreach (var (mention, reason) in clusters[i].Mentions) target[(mention.Kind, mention.RowId)] = (id.Value, reason);
            }
            foreach (var (former, heir) in assignment.Retired)
            {
                if (people.TryGetValue(former, out var retired) && retired.RedirectsToId is null && !fresh.Contains(former))
                {
                    retired.RedirectsToId = heir;
                    retiredNow.Add((retired, heir));
                }
            }
        }

        foreach (var row in rows)
        {
            var (person, reason) = target[(row.Kind, row.RowId)];
            if (row.PersonId != person || row.Reason != reason) await MentionRows.PointAsync(db, row.Kind, row.RowId, person, reason, cancellationToken);
        }
        await PointTenuresAsync(names, rows, target, cancellationToken);
        foreach (var (change, postId) in newChanges)
        {
            change.PersonId = PersonOnPost(rows, target, postId, change.Person, change.StartedBy, change.EndedBy);
        }
        foreach (var (retired, heir) in retiredNow)
        {
            db.Changes.Add(new ChangeEntity
            {
                RecordedAt = cause.RecordedAt,
                Kind = ChangeKinds.PeopleMerged,
                DocumentNumber = cause.DocumentNumber,
                Organization = "",
                Person = retired.Name,
                PersonId = retired.Id,
                MergedIntoId = heir,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        // A placeholder no mention kept is removed, so ids only ever name people the records show.
        var unused = placeholders.Where(p => !target.Values.Any(t => t.Person == p.Id)).Select(p => p.Id).ToList();
        if (unused.Count > 0)
        {
            foreach (var p in placeholders.Where(p => unused.Contains(p.Id))) db.Entry(p).State = EntityState.Detached;
            await db.People.Where(p => unused.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Points each tenure of a person of <paramref name="names"/> at the person of the mention that started it (else
    /// ended it, else any mention of that name in the post).</summary>
    private async Task PointTenuresAsync(IReadOnlyCollection<string> names, IReadOnlyList<MentionRow> rows,
        Dictionary<(MentionKind, long), (long Person, MentionReason Reason)> target, CancellationToken cancellationToken)
    {
        var tenures = await db.Tenures.Where(t => names.Contains(t.Person.Name))
            .Select(t => new { t.Id, t.PostId, t.PersonId, t.Person.Name, t.StartedBy, t.EndedBy })
            .ToListAsync(cancellationToken);
        foreach (var tenure in tenures)
        {
            if (PersonOnPost(rows, target, tenure.PostId, tenure.Name, tenure.StartedBy, tenure.EndedBy) is { } person && person != tenure.PersonId)
            {
                await db.Tenures.Where(t => t.Id == tenure.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.PersonId, person), cancellationToken);
            }
        }
    }

    private static long? PersonOnPost(IReadOnlyList<MentionRow> rows, Dictionary<(MentionKind, long), (long Person, MentionReason Reason)> target,
        long postId, string? name, string? startedBy, string? endedBy)
    {
        var onPost = rows.Where(r => r.PostId == postId && r.Name == name).ToList();
        var best = onPost.FirstOrDefault(r => r.Kind == MentionKind.OrderItem && startedBy is not null && r.Document == startedBy)
            ?? onPost.FirstOrDefault(r => r.Kind == MentionKind.OrderItem && endedBy is not null && r.Document == endedBy)
            ?? onPost.FirstOrDefault(r => r.NamedPerson is null)
            ?? onPost.FirstOrDefault();
        return best is null ? null : target[(best.Kind, best.RowId)].Person;
    }
}
