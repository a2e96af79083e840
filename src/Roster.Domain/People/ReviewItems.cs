namespace Roster.Domain.People;

/// <summary>
/// The open questions about people of one name (docs/identity.md): every two people (after judgement merges) sharing the
/// name whom no <see cref="Verdict.Same"/> or <see cref="Verdict.Different"/> judgement answers.
/// </summary>
public static class ReviewItems
{
    /// <summary>The review items among <paramref name="people"/> (live people, any names; only those sharing a name are
    /// compared), ordered by name then ids.</summary>
    public static IReadOnlyList<ReviewItem> Among(IReadOnlyList<PersonFacts> people, PersonMerges merges)
    {
        var items = new List<ReviewItem>();
        foreach (var sameName in people.Where(p => p.RedirectsTo is null).GroupBy(p => p.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var groups = sameName.GroupBy(p => merges.SurvivorOf(p.Id)).OrderBy(g => g.Key).ToList();
            for (var i = 0; i < groups.Count; i++)
            {
                for (var j = i + 1; j < groups.Count; j++)
                {
                    var latest = merges.LatestBetween(merges.MembersOf(groups[i].Key), merges.MembersOf(groups[j].Key));
                    if (latest?.Verdict is Verdict.Different) continue;
                    items.Add(new ReviewItem(ReviewItem.PossibleSamePerson, sameName.Key, groups[i].Key, groups[j].Key,
                        Jurisdictions(groups[i]), Jurisdictions(groups[j]), latest?.Verdict is Verdict.Unsure));
                }
            }
        }
        return items;
    }

    private static IReadOnlyList<string> Jurisdictions(IEnumerable<PersonFacts> people) =>
        people.SelectMany(p => p.Jurisdictions).Distinct().Order(StringComparer.Ordinal).ToList();
}
