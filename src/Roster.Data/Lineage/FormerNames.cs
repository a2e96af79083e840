using Microsoft.EntityFrameworkCore;
using Roster.Domain.Lineage;

namespace Roster.Data.Lineage;

/// <summary>
/// Names a recorded rename took from an organisation record, read as that record (docs/identity.md, organisations): after
/// 阳泉市国土资源局 was renamed its row bears the new name, so without this a late order by the old name would found a
/// second record that no question by either name reaches, and a list by the old name would find no record at all.
/// </summary>
public static class FormerNames
{
    /// <summary>For each of <paramref name="names"/> that no organisation record bears and that a recorded rename took from
    /// exactly one record (<see cref="LineageGraph.RenamedFrom"/>), the name that record bears now; the others are absent.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CurrentAsync(RosterDbContext db, IReadOnlyCollection<string> names,
        CancellationToken cancellationToken)
    {
        // The lineage table is small and usually names none of them: one look, and nothing more in the common case.
        if (!await db.LineageEvents.AnyAsync(e => e.FormerName != null && names.Contains(e.FormerName), cancellationToken))
            return new Dictionary<string, string>();
        var borne = await db.Organizations.Where(o => names.Contains(o.Name)).Select(o => o.Name).ToListAsync(cancellationToken);
        // Read inside the caller's transaction, not from LineageIndex: a write must see the lineage as it stands.
        var lineage = await LineageSnapshot.ReadAsync(db, cancellationToken);
        return names.Except(borne).Select(name => (Name: name, Id: lineage.Graph.RenamedFrom(name))).Where(r => r.Id is not null)
            .ToDictionary(r => r.Name, r => lineage.Organization(r.Id!.Value)!.Name);
    }
}
