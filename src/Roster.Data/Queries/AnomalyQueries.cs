using Microsoft.EntityFrameworkCore;
using Roster.Data.Ledger;
using Roster.Domain.Anomalies;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Reference;

namespace Roster.Data.Queries;

/// <summary>
/// Lists anomalies on a date (docs/orders.md, docs/decisions.md 37, 46). The current state is read from the stored projection
/// (<see cref="AnomalyProjection"/>), rewritten by every write in its own transaction, so an anomaly disappears as soon as an order
/// or confirmation that resolves it is recorded; as recorded at a past moment, the records of then are read and
/// <see cref="AnomalyDetector"/> derives them again. Untracked.
/// </summary>
public sealed class AnomalyQueries(RosterDbContext db, ReferenceTables tables)
{
    // The detector's order (from_on, code, organisation, title, persons, documents), then id: the stored list pages in the
    // order a fresh derivation lists.
    private static readonly KeyColumn<Entities.AnomalyEntity>[] Key =
    [
        KeyColumn<Entities.AnomalyEntity>.Of(a => a.FromOn), KeyColumn<Entities.AnomalyEntity>.Of(a => a.Code),
        KeyColumn<Entities.AnomalyEntity>.Of(a => a.Organization), KeyColumn<Entities.AnomalyEntity>.Of(a => a.Title),
        KeyColumn<Entities.AnomalyEntity>.Of(a => a.PersonsKey), KeyColumn<Entities.AnomalyEntity>.Of(a => a.DocumentsKey),
        KeyColumn<Entities.AnomalyEntity>.Of(a => a.Id),
    ];

    /// <summary>One page of the anomalies holding on <paramref name="asOf"/>, of <paramref name="organization"/> (any accepted spelling)
    /// or of every organisation; <see cref="NotFoundException"/> when no record names the organisation. With
    /// <paramref name="asRecordedAt"/> (UTC), from the records as they stood at that moment. The page after <paramref name="cursor"/>:
    /// keyset over the stored projection, an offset into the derivation as recorded (docs/decisions.md 69).</summary>
    public async Task<Page<Anomaly>> ListAsync(DateOnly asOf, string? organization, PageCursor cursor, int size,
        CancellationToken cancellationToken, DateTime? asRecordedAt = null)
    {
        if (asRecordedAt is null)
        {
            // Current state: an indexed read of the stored projection, kept in each write's transaction (docs/decisions.md 37 A1).
            var rows = db.Anomalies.AsNoTracking().Where(a => a.FromOn <= asOf && (a.ToOn == null || asOf < a.ToOn));
            if (!string.IsNullOrWhiteSpace(organization))
            {
                // By the organisation's id, so the (OrganizationId, FromOn) index answers: the stored name is not indexed.
                var canonical = await RecordedNames.CanonicalOrganizationAsync(db, tables, organization, cancellationToken);
                var organizationId = await db.Organizations.AsNoTracking().Where(o => o.Name == canonical).Select(o => o.Id)
                    .SingleAsync(cancellationToken);
                rows = rows.Where(a => a.OrganizationId == organizationId);
            }
            var page = await rows.After(Key, cursor).Take(size + 1).ToListAsync(cancellationToken);
            return new(page.Take(size).Select(a => a.ToDomain()).ToList(), page.Count > size ? new PageCursor(Keyset.KeyOf(page[size - 1], Key), 0) : null);
        }
        System.Linq.Expressions.Expression<Func<Entities.PostEntity, bool>>? scope = null;
        if (!string.IsNullOrWhiteSpace(organization))
        {
            var name = await RecordedNames.CanonicalOrganizationAsync(db, tables, organization, cancellationToken);
            scope = p => p.Organization.Name == name;
        }
        var anomalies = AnomalyDetector.On(await PostRecords.LoadAsync(db, scope, cancellationToken, asRecordedAt), asOf);
        if (cursor.After is not null) throw PageToken.Invalid();
        return new(anomalies.Skip(cursor.Offset).Take(size).ToList(), anomalies.Count > cursor.Offset + size ? new PageCursor(null, cursor.Offset + size) : null);
    }
}
