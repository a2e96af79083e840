namespace Roster.Domain.People;

/// <summary>
/// Which people are one after the judgements (docs/identity.md): for each pair, the latest judgement counts; pairs judged
/// <see cref="Verdict.Same"/> join, transitively; the lowest id of each group survives and the others redirect to it. So a
/// later <see cref="Verdict.Different"/> about a pair undoes the merge its earlier <see cref="Verdict.Same"/> made.
/// </summary>
public sealed class PersonMerges
{
    private readonly Dictionary<long, long> _survivor;
    private readonly Dictionary<(long, long), Judgement> _latest;

    private PersonMerges(Dictionary<long, long> survivor, Dictionary<(long, long), Judgement> latest) =>
        (_survivor, _latest) = (survivor, latest);

    /// <summary>The merges <paramref name="judgements"/> make (those recorded up to a moment, for a view as recorded then).</summary>
    public static PersonMerges From(IEnumerable<Judgement> judgements)
    {
        var latest = new Dictionary<(long, long), Judgement>();
        foreach (var judgement in judgements.OrderBy(j => j.RecordedAt).ThenBy(j => j.Id)) latest[judgement.Pair] = judgement;
        var parent = new Dictionary<long, long>();
        long Find(long id)
        {
            while (parent.TryGetValue(id, out var up) && up != id) id = up;
            return id;
        }
        foreach (var (pair, judgement) in latest.OrderBy(p => p.Key))
        {
            if (judgement.Verdict != Verdict.Same) continue;
            var (a, b) = (Find(pair.Item1), Find(pair.Item2));
            if (a == b) continue;
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        var survivor = parent.Keys.ToDictionary(id => id, Find);
        return new PersonMerges(survivor.Where(s => s.Key != s.Value).ToDictionary(), latest);
    }

    /// <summary>The id that answers for <paramref name="id"/>: itself unless a judgement merged it into a lower one.</summary>
    public long SurvivorOf(long id) => _survivor.GetValueOrDefault(id, id);

    /// <summary>Every id that answers as <paramref name="survivor"/>, itself included, ascending.</summary>
    public IReadOnlyList<long> MembersOf(long survivor) =>
        _survivor.Where(s => s.Value == survivor).Select(s => s.Key).Append(survivor).Order().ToList();

    /// <summary>The latest judgement about the two people, either way round; null when never judged.</summary>
    public Judgement? LatestAbout(long a, long b) => _latest.GetValueOrDefault(a < b ? (a, b) : (b, a));

    /// <summary>The latest judgement between any member of one group and any member of the other; null when none.</summary>
    public Judgement? LatestBetween(IReadOnlyList<long> first, IReadOnlyList<long> second) =>
        first.SelectMany(a => second.Select(b => LatestAbout(a, b))).OfType<Judgement>()
            .OrderByDescending(j => j.RecordedAt).ThenByDescending(j => j.Id).FirstOrDefault();
}
