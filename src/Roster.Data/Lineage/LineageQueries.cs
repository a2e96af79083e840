using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Data.Queries;
using Roster.Domain.Errors;
using Roster.Domain.Lineage;
using Roster.Domain.Names;

namespace Roster.Data.Lineage;

/// <summary>One organisation's lineage as stored: its id, current name, and its events with those naming it, in date order;
/// <see cref="Names"/> gives every involved organisation's current name by id.</summary>
public sealed record OrganizationLineage(long Id, string Name, IReadOnlyList<LineageEventEntity> Events, IReadOnlyDictionary<long, string> Names);

/// <summary>Reads organisation lineage (docs/identity.md, organisations). NOT_FOUND (<see cref="NotFoundException"/>) for an
/// organisation no record names.</summary>
public sealed class LineageQueries(RosterDbContext db, Roster.Domain.Reference.ReferenceTables tables)
{
    /// <summary>The lineage of the organisation <paramref name="reference"/> names (by id, its name, or a former name).</summary>
    public async Task<OrganizationLineage> OfAsync(OrganizationRef reference, CancellationToken cancellationToken)
    {
        var id = reference.Id;
        foreach (var name in reference.Name is { } written ? new[] { tables.Names.Resolve(written, issuer: null), written }.Distinct() : [])
        {
            if (id is not null) break;
            id = await db.Organizations.AsNoTracking().Where(o => o.Name == name).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken)
                ?? await db.LineageEvents.AsNoTracking().Where(e => e.FormerName == name).OrderByDescending(e => e.EffectiveOn)
                    .Select(e => (long?)e.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        }
        // Asked by name, a record continued by another (a rename onto a name that record bore) answers as the one carrying it on.
        if (reference.Id is null && id is { } named
            && await db.LineageEvents.AsNoTracking().Where(e => e.OrganizationId == named && e.Kind == LineageKind.Renamed && e.RelatedId != null)
                .Select(e => e.RelatedId).FirstOrDefaultAsync(cancellationToken) is { } successor)
            id = successor;
        var organization = id is null ? null
            : await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
            throw new NotFoundException(RosterQueries.UnknownOrganizationReason, $"no record names the organisation '{TextForm.Quote(reference.ToString())}'");
        var events = await db.LineageEvents.AsNoTracking().Where(e => e.OrganizationId == id || e.RelatedId == id)
            .OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var ids = events.Select(e => e.OrganizationId).Concat(events.Select(e => e.RelatedId).OfType<long>()).Append(id!.Value).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return new OrganizationLineage(id.Value, organization, events, names);
    }
}
