namespace Roster.Domain.People;

/// <summary>The person id each cluster of a name keeps or gets, and the ids the clusters no longer need.</summary>
/// <param name="Ids">Per cluster (same order as given), its id; null for a cluster that needs a new person.</param>
/// <param name="Retired">Ids no cluster keeps, each with the id it now redirects to: the cluster holding most of its former
/// mentions (ties: the lower id). An id whose mentions all left the records (a corrected order) redirects nowhere and is
/// absent here.</param>
public sealed record IdAssignment(IReadOnlyList<long?> Ids, IReadOnlyDictionary<long, long> Retired);

/// <summary>
/// Keeps ids stable while the clusters of a name change (docs/identity.md): a cluster keeps the lowest id its mentions
/// already carry that no earlier cluster took (an explicitly named id first, and a cluster already carrying an id a request
/// names shares it: both are that person); an id left over redirects to the cluster that took most of its mentions. So a document linking two people merges them under the older id, and the younger keeps
/// answering.
/// </summary>
public static class StableIds
{
    /// <summary>Assigns ids to <paramref name="clusters"/>; <paramref name="current"/> gives the id a mention carries now (null
    /// for a mention not yet stored with one).</summary>
    public static IdAssignment Assign(IReadOnlyList<PersonCluster> clusters, Func<Mention, long?> current)
    {
        var taken = new HashSet<long>();
        var ids = new long?[clusters.Count];
        // Explicit ids first: the request's word wins over any id the rules would have kept.
        for (var i = 0; i < clusters.Count; i++)
        {
            if (clusters[i].ExplicitPerson is { } named && taken.Add(named)) ids[i] = named;
        }
        // A request that names an id names the person whose mentions answer to it now: a cluster already carrying that id
        // is that person and shares it, rather than losing it to the request and being renumbered.
        var namedIds = ids.OfType<long>().ToHashSet();
        for (var i = 0; i < clusters.Count; i++)
        {
            if (ids[i] is null && CurrentIds(clusters[i], current).Where(namedIds.Contains).Order().FirstOrDefault() is var shared and not 0) ids[i] = shared;
        }
        // Then clusters by their lowest current id, so the older person keeps its id when two clusters claim it.
        var order = Enumerable.Range(0, clusters.Count)
            .Where(i => ids[i] is null)
            .OrderBy(i => CurrentIds(clusters[i], current).DefaultIfEmpty(long.MaxValue).Min())
            .ThenBy(i => i);
        foreach (var i in order)
        {
            var kept = CurrentIds(clusters[i], current).Order().FirstOrDefault(id => !taken.Contains(id));
            if (kept != 0 && taken.Add(kept)) ids[i] = kept;
        }

        var retired = new Dictionary<long, long>();
        var formerIds = clusters.SelectMany(c => CurrentIds(c, current)).Distinct().Where(id => !taken.Contains(id)).Order();
        foreach (var former in formerIds)
        {
            var heir = Enumerable.Range(0, clusters.Count)
                .Where(i => ids[i] is not null)
                .Select(i => (Id: ids[i]!.Value, Count: clusters[i].Mentions.Count(m => current(m.Mention) == former)))
                .Where(c => c.Count > 0)
                .OrderByDescending(c => c.Count).ThenBy(c => c.Id)
                .Select(c => (long?)c.Id)
                .FirstOrDefault();
            if (heir is { } id) retired[former] = id;
        }
        return new IdAssignment(ids, retired);
    }

    private static IEnumerable<long> CurrentIds(PersonCluster cluster, Func<Mention, long?> current) =>
        cluster.Mentions.Select(m => current(m.Mention)).OfType<long>().Distinct();
}
