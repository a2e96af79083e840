using Microsoft.EntityFrameworkCore;
using Roster.Domain.Lineage;

namespace Roster.Data.Lineage;

/// <summary>
/// Every recorded lineage event with the organisations it involves (docs/identity.md, organisations), read in one go: the lineage
/// table is small (one row per reform step), and the officeholder hot path asks it, in memory, whether a name needs
/// lineage at all (<see cref="Mentions"/>) before running its one statement.
/// </summary>
public sealed class LineageSnapshot
{
    private readonly Dictionary<long, OrganizationFacts> _organizations;
    private readonly Dictionary<string, List<long>> _bearers;

    /// <summary>A snapshot of <paramref name="events"/> and the organisations they involve.</summary>
    public LineageSnapshot(IReadOnlyList<LineageEvent> events, IEnumerable<OrganizationFacts> organizations)
    {
        Graph = new LineageGraph(events);
        _organizations = organizations.ToDictionary(o => o.Id);
        _bearers = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var o in _organizations.Values)
        {
            foreach (var name in Graph.NamesOf(o.Id, o.Name))
            {
                if (!_bearers.TryGetValue(name, out var ids)) _bearers[name] = ids = [];
                ids.Add(o.Id);
            }
        }
    }

    /// <summary>No lineage recorded.</summary>
    public static LineageSnapshot Empty { get; } = new([], []);

    /// <summary>The lineage graph.</summary>
    public LineageGraph Graph { get; }

    /// <summary>True when some organisation with lineage bore <paramref name="name"/> (so the question goes through lineage).</summary>
    public bool Mentions(string name) => _bearers.ContainsKey(name);

    /// <summary>The organisations with lineage that bore <paramref name="name"/> at some time.</summary>
    public IEnumerable<OrganizationFacts> BearersOf(string name) =>
        _bearers.TryGetValue(name, out var ids) ? ids.Select(id => _organizations[id]) : [];

    /// <summary>An organisation the lineage involves, by id; null when it involves none.</summary>
    public OrganizationFacts? Organization(long id) => _organizations.GetValueOrDefault(id);

    /// <summary>Reads the snapshot from <paramref name="db"/>.</summary>
    public static async Task<LineageSnapshot> ReadAsync(RosterDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.LineageEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0) return Empty;
        var ids = rows.Select(r => r.OrganizationId).Concat(rows.Select(r => r.RelatedId).OfType<long>()).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new OrganizationFacts(o.Id, o.Name, null)).ToListAsync(cancellationToken);
        return new LineageSnapshot(rows.Select(r => r.ToDomain()).ToList(), organizations);
    }
}
