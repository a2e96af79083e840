namespace Roster.Domain.People;

/// <summary>
/// The resolution rules of docs/identity.md, applied to every mention of one name at once, so the result depends on the
/// records and never on the order they arrived in:
/// <list type="number">
/// <item>A mention whose request named an id belongs to that person, and to nothing else by the rules below.</item>
/// <item>Mentions of the name in one document are one person (removed from A and appointed to B in one order).</item>
/// <item>Mentions of the name in one post are one person (the removal or confirmation of the holder).</item>
/// <item>Mentions of the name in one jurisdiction are one person, linked by name only.</item>
/// </list>
/// Anything else (the name in another jurisdiction with no document or post linking it) is another person; the review list
/// then asks whether they are the same (<see cref="ReviewItems"/>).
/// </summary>
public static class PersonClusters
{
    /// <summary>The people <paramref name="mentions"/> (all of one name) make, each mention with its reason; clusters ordered by
    /// their first mention (kind, row id), mentions likewise.</summary>
    public static IReadOnlyList<PersonCluster> Derive(IReadOnlyList<Mention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Kind).ThenBy(m => m.RowId).ToList();
        var sets = new DisjointSets(ordered.Count);
        var free = Enumerable.Range(0, ordered.Count).Where(i => ordered[i].ExplicitPerson is null).ToList();
        var pinned = Enumerable.Range(0, ordered.Count).Where(i => ordered[i].ExplicitPerson is not null).ToList();
        UniteBy(sets, ordered, pinned, m => m.ExplicitPerson!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        UniteBy(sets, ordered, free, m => m.Document);
        UniteBy(sets, ordered, free, m => m.PostId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        UniteBy(sets, ordered, free, m => m.Jurisdiction);

        var clusters = new List<PersonCluster>();
        foreach (var group in Enumerable.Range(0, ordered.Count).GroupBy(sets.Find).OrderBy(g => g.Min()))
        {
            var members = group.Select(i => ordered[i]).ToList();
            var explicitPerson = members.Select(m => m.ExplicitPerson).FirstOrDefault(p => p is not null);
            clusters.Add(new PersonCluster(members.Select(m => (m, ReasonOf(m, members))).ToList(), explicitPerson));
        }
        return clusters;
    }

    /// <summary>The strongest rule linking <paramref name="mention"/> to another member of its cluster.</summary>
    private static MentionReason ReasonOf(Mention mention, IReadOnlyList<Mention> members)
    {
        if (mention.ExplicitPerson is not null) return MentionReason.ExplicitId;
        var others = members.Where(m => !ReferenceEquals(m, mention)).ToList();
        if (others.Count == 0) return MentionReason.OnlyMention;
        if (others.Any(m => m.Document == mention.Document)) return MentionReason.LinkedByDocument;
        if (mention.PostId is { } post && others.Any(m => m.PostId == post)) return MentionReason.HoldsPost;
        // Every link joins the mention itself to another by document, post or jurisdiction, so what is left is the last.
        return MentionReason.NameInJurisdiction;
    }

    private static void UniteBy(DisjointSets sets, IReadOnlyList<Mention> mentions, IReadOnlyList<int> among, Func<Mention, string?> key)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in among)
        {
            if (key(mentions[i]) is not { } k) continue;
            if (first.TryGetValue(k, out var j)) sets.Unite(i, j);
            else first[k] = i;
        }
    }

    /// <summary>Union-find over mention indexes.</summary>
    private sealed class DisjointSets(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int i)
        {
            while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
            return i;
        }

        public void Unite(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
