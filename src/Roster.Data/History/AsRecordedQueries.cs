using Microsoft.EntityFrameworkCore;
using Roster.Data.Queries;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Data.History;

/// <summary>
/// The point-in-time reads of <see cref="RosterQueries"/> answered as the roster stood at a past moment of recorded time
/// (<c>as_recorded_at</c>, docs/time.md): only orders, rosters and corrections recorded at or before that moment count.
/// A separate path from the current one: tenures are derived in memory by <see cref="RecordedTenures"/>, never read
/// from the stored projection. Names are resolved against today's records (an organisation or person no record names
/// at all is NOT_FOUND); one that was recorded only later answers UNKNOWN or empty.
/// </summary>
public sealed class AsRecordedQueries(RosterDbContext db, ReferenceTables tables, RecordedTenures recorded)
{
    /// <summary>Who held the selected posts of <paramref name="organization"/> on <paramref name="asOf"/>, as recorded at
    /// <paramref name="asRecordedAt"/> (UTC). <see cref="NotFoundException"/> when no record names the organisation.</summary>
    public async Task<(string Organization, Officeholders Answer)> OfficeholdersAsync(string organization, PostSelector selector, DateOnly asOf,
        DateTime asRecordedAt, CancellationToken cancellationToken)
    {
        var name = await RecordedNames.CanonicalOrganizationAsync(db, tables, organization, cancellationToken);
        var tenures = selector.Title is { } title
            ? await recorded.OfPostsAsync(p => p.Organization.Name == name && p.Title == title, asRecordedAt, cancellationToken)
            : await recorded.OfPostsAsync(p => p.Organization.Name == name && p.Rank == selector.Rank, asRecordedAt, cancellationToken);
        return (name, Officeholders.On(asOf, tenures));
    }

    /// <summary>Tenures of a person (by name, or by the ids <paramref name="personIds"/> answering as one person) or of an
    /// organisation as recorded at <paramref name="asRecordedAt"/>, overlapping [<paramref name="from"/>, <paramref name="to"/>) when
    /// given, ordered by known-since date; one page.</summary>
    public async Task<Queries.Page<Tenure>> TenuresAsync(string? person, string? organization,
        DateOnly? from, DateOnly? to, Queries.PageCursor cursor, int size, DateTime asRecordedAt, CancellationToken cancellationToken,
        IReadOnlyCollection<long>? personIds = null)
    {
        IReadOnlyList<Tenure> tenures;
        if (personIds is not null)
        {
            // The posts an item or attestation names one of the ids in; each post's timeline is derived whole, then filtered.
            var ids = personIds.ToList();
            tenures = (await recorded.OfPostsAsync(p => db.OrderItems.Any(i => i.PostId == p.Id && ids.Contains(i.PersonId))
                    || db.Attestations.Any(a => a.PostId == p.Id && ids.Contains(a.PersonId)), asRecordedAt, cancellationToken))
                .Where(t => t.PersonId is { } held && ids.Contains(held)).ToList();
        }
        else if (!string.IsNullOrEmpty(person))
        {
            tenures = await OfPersonAsync(await RecordedNames.CanonicalPersonAsync(db, person, cancellationToken), asRecordedAt, cancellationToken);
        }
        else
        {
            var name = await RecordedNames.CanonicalOrganizationAsync(db, tables, organization ?? "", cancellationToken);
            tenures = await recorded.OfPostsAsync(p => p.Organization.Name == name, asRecordedAt, cancellationToken);
        }
        // Derived in memory from the records as they stood: paged by offset (docs/decisions.md 69).
        if (cursor.After is not null) throw Queries.PageToken.Invalid();
        var page = tenures.Where(t => t.Overlaps(from, to)).Skip(cursor.Offset).Take(size + 1).ToList();
        return new(page.Take(size).ToList(), page.Count > size ? new Queries.PageCursor(null, cursor.Offset + size) : null);
    }

    /// <summary>A person's canonical name and tenures as recorded at <paramref name="asRecordedAt"/> (only those held on
    /// <paramref name="asOf"/> when given); <see cref="NotFoundException"/> when no record names them at all.</summary>
    public async Task<(string Name, IReadOnlyList<Tenure> Tenures)> PersonAsync(string person, DateOnly? asOf, DateTime asRecordedAt,
        CancellationToken cancellationToken)
    {
        var name = await RecordedNames.CanonicalPersonAsync(db, person, cancellationToken);
        var tenures = await OfPersonAsync(name, asRecordedAt, cancellationToken);
        return (name, asOf is { } d ? tenures.Where(t => t.IsHeldOn(d)).ToList() : tenures);
    }

    private async Task<IReadOnlyList<Tenure>> OfPersonAsync(string name, DateTime asRecordedAt, CancellationToken cancellationToken)
    {
        // The posts an item or attestation names the person in; each post's timeline is derived whole, then filtered.
        var tenures = await recorded.OfPostsAsync(p => db.OrderItems.Any(i => i.PostId == p.Id && i.Person.Name == name)
            || db.Attestations.Any(a => a.PostId == p.Id && a.Person.Name == name), asRecordedAt, cancellationToken);
        return tenures.Where(t => t.Person == name).ToList();
    }
}
