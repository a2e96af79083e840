using Microsoft.EntityFrameworkCore;
using Roster.Domain.Anomalies;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Reference;

namespace Roster.Data.Queries;

/// <summary>
/// Lists anomalies on a date (docs/orders.md, docs/decisions.md anomalies). They are derived, not stored: the records of the posts
/// asked about are read and <see cref="AnomalyDetector"/> derives each post's timeline as the ledger does, so an anomaly disappears
/// as soon as an order or confirmation that resolves it is recorded. Untracked.
/// </summary>
public sealed class AnomalyQueries(RosterDbContext db, ReferenceTables tables)
{
    /// <summary>One page of the anomalies holding on <paramref name="asOf"/>, of <paramref name="organization"/> (any accepted spelling)
    /// or of every organisation; <see cref="NotFoundException"/> when no record names the organisation. With
    /// <paramref name="asRecordedAt"/> (UTC), from the records as they stood at that moment.</summary>
    public async Task<(IReadOnlyList<Anomaly> Page, bool More)> ListAsync(DateOnly asOf, string? organization, int offset, int size,
        CancellationToken cancellationToken, DateTime? asRecordedAt = null)
    {
        System.Linq.Expressions.Expression<Func<Entities.PostEntity, bool>>? scope = null;
        if (!string.IsNullOrWhiteSpace(organization))
        {
            var name = await RecordedNames.CanonicalOrganizationAsync(db, tables, organization, cancellationToken);
            scope = p => p.Organization.Name == name;
        }
        var anomalies = AnomalyDetector.On(await PostRecords.LoadAsync(db, scope, cancellationToken, asRecordedAt), asOf);
        return (anomalies.Skip(offset).Take(size).ToList(), anomalies.Count > offset + size);
    }
}
