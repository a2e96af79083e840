using Microsoft.EntityFrameworkCore;
using Roster.Domain.People;
using Roster.Domain.Reference;

namespace Roster.Data.Ledger;

/// <summary>One stored mention of a person, as loaded for resolution: the row, the person it points at now and the facts the
/// rules read.</summary>
/// <param name="Kind">The kind of row.</param>
/// <param name="RowId">Its id.</param>
/// <param name="PersonId">The person it points at now.</param>
/// <param name="Reason">The reason stored with it.</param>
/// <param name="Name">The person's name as the row writes it.</param>
/// <param name="Document">The carrying document (order or roster number; a per-row key for API records).</param>
/// <param name="Issuer">The office whose jurisdiction the mention belongs to.</param>
/// <param name="PostId">The post, for items, attestations and confirmations.</param>
/// <param name="NamedPerson">The id an order item's request named, followed through redirects.</param>
internal sealed record MentionRow(MentionKind Kind, long RowId, long PersonId, MentionReason Reason, string Name, string Document,
    string? Issuer, long? PostId, long? NamedPerson)
{
    /// <summary>The mention the domain rules read, and the id it carries (null for a placeholder of this write).</summary>
    public (Mention Mention, long? Current) ToMention(ReferenceTables tables, IReadOnlySet<long> placeholders) =>
        (new Mention(Kind, RowId, Name, Jurisdictions.OfIssuer(Issuer, tables), Document, PostId, NamedPerson),
            placeholders.Contains(PersonId) ? null : PersonId);
}

/// <summary>Loading and re-pointing the rows that mention people, one query per kind of row.</summary>
internal static class MentionRows
{
    /// <summary>Every stored mention of <paramref name="names"/>; named ids followed through redirects.</summary>
    public static async Task<IReadOnlyList<MentionRow>> LoadAsync(RosterDbContext db, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var rows = new List<MentionRow>();
        var items = await db.OrderItems.Where(i => names.Contains(i.Person.Name))
            .Select(i => new { i.Id, i.PersonId, i.PersonReason, i.Person.Name, i.Order.DocumentNumber, i.Order.Issuer, i.PostId, i.NamedPersonId })
            .ToListAsync(cancellationToken);
        var redirects = await RedirectsAsync(db, items.Select(i => i.NamedPersonId).OfType<long>().ToList(), cancellationToken);
        rows.AddRange(items.Select(i => new MentionRow(MentionKind.OrderItem, i.Id, i.PersonId, i.PersonReason, i.Name, i.DocumentNumber, i.Issuer,
            i.PostId, i.NamedPersonId is { } named ? Follow(redirects, named) : null)));
        rows.AddRange((await db.Seats.Where(s => s.PersonId != null && names.Contains(s.Person!.Name))
            .Select(s => new { s.Id, PersonId = s.PersonId!.Value, s.PersonReason, s.Person!.Name, s.Roster.SourceDocument, s.Roster.Issuer })
            .ToListAsync(cancellationToken))
            .Select(s => new MentionRow(MentionKind.Seat, s.Id, s.PersonId, s.PersonReason, s.Name, s.SourceDocument, s.Issuer, null, null)));
        rows.AddRange((await db.Attestations.Where(a => names.Contains(a.Person.Name))
            .Select(a => new { a.Id, a.PersonId, a.PersonReason, a.Person.Name, a.Roster.SourceDocument, a.Roster.Issuer, a.PostId })
            .ToListAsync(cancellationToken))
            .Select(a => new MentionRow(MentionKind.Attestation, a.Id, a.PersonId, a.PersonReason, a.Name, a.SourceDocument, a.Issuer, a.PostId, null)));
        // An API confirmation carries no document of its own: its key is its row, its jurisdiction the post's organisation.
        rows.AddRange((await db.ProbationConfirmations.Where(c => names.Contains(c.Person.Name))
            .Select(c => new { c.Id, c.PersonId, c.PersonReason, c.Person.Name, Organization = c.Post.Organization.Name, c.PostId })
            .ToListAsync(cancellationToken))
            .Select(c => new MentionRow(MentionKind.Confirmation, c.Id, c.PersonId, c.PersonReason, c.Name, $"confirmation/{c.Id}", c.Organization,
                c.PostId, null)));
        rows.AddRange((await db.Portfolios.Where(p => names.Contains(p.Person.Name))
            .Select(p => new { p.Id, p.PersonId, p.Person.Name, p.Government })
            .ToListAsync(cancellationToken))
            .Select(p => new MentionRow(MentionKind.Portfolio, p.Id, p.PersonId, MentionReason.Migrated, p.Name, $"portfolio/{p.Id}", p.Government,
                null, null)));
        return rows;
    }

    /// <summary>Points one row at <paramref name="person"/> with <paramref name="reason"/>.</summary>
    public static Task<int> PointAsync(RosterDbContext db, MentionKind kind, long rowId, long person, MentionReason reason,
        CancellationToken cancellationToken) => kind switch
    {
        MentionKind.OrderItem => db.OrderItems.Where(r => r.Id == rowId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, person).SetProperty(r => r.PersonReason, reason), cancellationToken),
        MentionKind.Seat => db.Seats.Where(r => r.Id == rowId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, person).SetProperty(r => r.PersonReason, reason), cancellationToken),
        MentionKind.Attestation => db.Attestations.Where(r => r.Id == rowId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, person).SetProperty(r => r.PersonReason, reason), cancellationToken),
        MentionKind.Confirmation => db.ProbationConfirmations.Where(r => r.Id == rowId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, person).SetProperty(r => r.PersonReason, reason), cancellationToken),
        _ => db.Portfolios.Where(r => r.Id == rowId).ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, person), cancellationToken),
    };

    /// <summary>Where each of <paramref name="ids"/> redirects (document merges), transitively loaded.</summary>
    public static async Task<Dictionary<long, long>> RedirectsAsync(RosterDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var redirects = new Dictionary<long, long>();
        var pending = ids.Distinct().ToList();
        while (pending.Count > 0)
        {
            var found = await db.People.Where(p => pending.Contains(p.Id) && p.RedirectsToId != null)
                .Select(p => new { p.Id, To = p.RedirectsToId!.Value }).ToListAsync(cancellationToken);
            foreach (var f in found) redirects[f.Id] = f.To;
            pending = found.Select(f => f.To).Where(to => !redirects.ContainsKey(to)).Distinct().ToList();
        }
        return redirects;
    }

    /// <summary>The id <paramref name="id"/> answers as after document merges.</summary>
    public static long Follow(IReadOnlyDictionary<long, long> redirects, long id)
    {
        for (var hops = 0; redirects.TryGetValue(id, out var to) && hops < 64; hops++) id = to;
        return id;
    }
}
