namespace Roster.Domain.Lineage;

/// <summary>
/// The recorded lineage events, per organisation in date order, with the predecessor → successor edges MERGED_INTO and
/// SPLIT_FROM add (docs/identity.md, organisations). Answers which name an organisation bore on a date, when it began and ended,
/// and whether one organisation descends from another. Immutable.
/// </summary>
public sealed class LineageGraph
{
    private readonly Dictionary<long, List<LineageEvent>> _byOrganization = [];
    private readonly Dictionary<long, List<long>> _successors = [];

    /// <summary>The graph of <paramref name="events"/> (any order).</summary>
    public LineageGraph(IEnumerable<LineageEvent> events)
    {
        foreach (var e in events)
        {
            if (!_byOrganization.TryGetValue(e.OrganizationId, out var list)) _byOrganization[e.OrganizationId] = list = [];
            list.Add(e);
            if (e.Edge is var (from, to))
            {
                if (!_successors.TryGetValue(from, out var next)) _successors[from] = next = [];
                next.Add(to);
            }
        }
        foreach (var list in _byOrganization.Values) list.Sort((a, b) => a.EffectiveOn.CompareTo(b.EffectiveOn));
    }

    /// <summary>An empty graph.</summary>
    public static LineageGraph Empty { get; } = new([]);

    /// <summary>Every event, per organisation in date order.</summary>
    public IEnumerable<LineageEvent> Events => _byOrganization.Values.SelectMany(e => e);

    /// <summary>The events of <paramref name="organizationId"/> in date order (empty when none).</summary>
    public IReadOnlyList<LineageEvent> Of(long organizationId) =>
        _byOrganization.TryGetValue(organizationId, out var list) ? list : [];

    /// <summary>The events naming <paramref name="organizationId"/> as the organisation merged into or split from.</summary>
    public IEnumerable<LineageEvent> Naming(long organizationId) => Events.Where(e => e.RelatedId == organizationId);

    /// <summary>The date of the ESTABLISHED event, or of the continuation that made the record carry another organisation on
    /// (<see cref="LineageEvent.IsContinuation"/>), if recorded.</summary>
    public DateOnly? EstablishedOn(long organizationId) =>
        Of(organizationId).FirstOrDefault(e => e.Kind == LineageKind.Established)?.EffectiveOn
        ?? ContinuationInto(organizationId)?.EffectiveOn;

    /// <summary>The continuation (<see cref="LineageEvent.IsContinuation"/>) whose record <paramref name="organizationId"/> carries
    /// another organisation on, if recorded.</summary>
    public LineageEvent? ContinuationInto(long organizationId) => Naming(organizationId).FirstOrDefault(e => e.IsContinuation);

    /// <summary>The MERGED_INTO or ABOLISHED event that ended the organisation, if recorded.</summary>
    public LineageEvent? Ending(long organizationId) => Of(organizationId).FirstOrDefault(e => e.Ends);

    /// <summary>The name <paramref name="organizationId"/>, which bears <paramref name="currentName"/> now, bore on
    /// <paramref name="date"/>: every rename effective after the date is undone, latest first.</summary>
    public string NameOn(long organizationId, string currentName, DateOnly date)
    {
        var name = currentName;
        var events = Of(organizationId);
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (events[i] is { Kind: LineageKind.Renamed, FormerName: { } former } rename && rename.EffectiveOn > date) name = former;
        }
        return name;
    }

    /// <summary>The organisation a recorded rename took <paramref name="name"/> from (not a continuation: that record keeps its
    /// name), when exactly one did; null when none did, or when several organisations bore the name and the name alone does
    /// not say which.</summary>
    public long? RenamedFrom(string name)
    {
        var ids = Events.Where(e => e is { Kind: LineageKind.Renamed, IsContinuation: false } && e.FormerName == name)
            .Select(e => e.OrganizationId).Distinct().Take(2).ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>Every name the organisation bore: its current name and each rename's former name.</summary>
    public IEnumerable<string> NamesOf(long organizationId, string currentName) =>
        Of(organizationId).Where(e => e.Kind == LineageKind.Renamed).SelectMany(e => new[] { e.FormerName, e.NewName })
            .Append(currentName).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>True when <paramref name="to"/> is <paramref name="from"/> or descends from it along MERGED_INTO and SPLIT_FROM edges.</summary>
    public bool Reaches(long from, long to)
    {
        var seen = new HashSet<long>();
        var stack = new Stack<long>([from]);
        while (stack.TryPop(out var id))
        {
            if (id == to) return true;
            if (!seen.Add(id)) continue;
            foreach (var next in _successors.GetValueOrDefault(id) ?? []) stack.Push(next);
        }
        return false;
    }
}
