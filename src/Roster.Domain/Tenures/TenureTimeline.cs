using Roster.Domain.Orders;
using Roster.Domain.Posts;

namespace Roster.Domain.Tenures;

/// <summary>
/// Derives the tenures of one post from every order item that names it (DESIGN.md §4). Items are
/// applied in order of effective date, then document number, then item position, so the result does
/// not depend on the order in which orders arrived.
/// </summary>
public static class TenureTimeline
{
    /// <summary>The tenures of <paramref name="post"/> and the warnings met on the way.</summary>
    /// <remarks>
    /// An appointment opens a tenure on its effective date; a removal closes the person's open tenure on
    /// its effective date (exclusive). A removal with no open tenure records one with an unknown start,
    /// known since the day before the removal (the person held the post then). Appointing someone who
    /// already holds the post changes nothing; appointing a HEAD while another HEAD holds it is recorded
    /// and warned about, unless that HEAD is removed on the same effective date (by a later item or order).
    /// </remarks>
    public static (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) Derive(Post post, IEnumerable<PostEvent> events)
    {
        var open = new Dictionary<string, Tenure>(StringComparer.Ordinal);
        var tenures = new List<Tenure>();
        var warnings = new List<TimelineWarning>();
        var ordered = events.OrderBy(e => e.EffectiveOn).ThenBy(e => e.DocumentNumber).ThenBy(e => e.Position).ToList();
        // On an effective date the removed person no longer holds the post (DESIGN.md §3), whichever item comes first.
        var removedOn = ordered.Where(e => !e.Action.Starts()).Select(e => (e.EffectiveOn, e.Person)).ToHashSet();

        foreach (var e in ordered)
        {
            var document = e.DocumentNumber.ToString();
            if (e.Action.Starts())
            {
                if (open.ContainsKey(e.Person))
                {
                    warnings.Add(new(TimelineWarning.AlreadyHolds, $"{e.Person} already holds {post} on {e.EffectiveOn:yyyy-MM-dd}", document, e.Position));
                    continue;
                }
                var stillHolding = open.Keys.Where(p => !removedOn.Contains((e.EffectiveOn, p))).ToList();
                if (post.Rank == PostRank.Head && stillHolding.Count > 0)
                {
                    warnings.Add(new(TimelineWarning.OverlappingHeads,
                        $"{post} is still held by {string.Join("、", stillHolding)} when {e.Person} is appointed on {e.EffectiveOn:yyyy-MM-dd}", document, e.Position));
                }
                open[e.Person] = new Tenure
                {
                    Person = e.Person,
                    Post = post,
                    StartOn = e.EffectiveOn,
                    KnownSince = e.EffectiveOn,
                    ProbationUntil = e.Probation?.AddTo(e.EffectiveOn),
                    Concurrent = e.Concurrent,
                    Acting = e.Acting,
                    StartedBy = document,
                };
            }
            else if (open.Remove(e.Person, out var current))
            {
                tenures.Add(current with { EndOn = e.EffectiveOn, EndedBy = document, RetainsRank = e.RetainsRank });
            }
            else
            {
                warnings.Add(new(TimelineWarning.RemovalWithoutRecordedTenure,
                    $"no recorded tenure of {e.Person} as {post} is open on {e.EffectiveOn:yyyy-MM-dd}; the tenure ended by this removal has an unknown start", document, e.Position));
                tenures.Add(new Tenure
                {
                    Person = e.Person,
                    Post = post,
                    StartOn = null,
                    KnownSince = e.EffectiveOn.AddDays(-1),
                    EndOn = e.EffectiveOn,
                    RetainsRank = e.RetainsRank,
                    EndedBy = document,
                });
            }
        }
        tenures.AddRange(open.Values);
        tenures.Sort((a, b) => a.KnownSince != b.KnownSince ? a.KnownSince.CompareTo(b.KnownSince) : string.CompareOrdinal(a.Person, b.Person));
        return (tenures, warnings);
    }
}
