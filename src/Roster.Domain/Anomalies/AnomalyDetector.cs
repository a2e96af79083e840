using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Probation;
using Roster.Domain.Tenures;

namespace Roster.Domain.Anomalies;

/// <summary>
/// Finds anomalies in the records of some posts (pure; docs/decisions.md, anomalies). Each post's timeline is derived from its
/// records as the ledger derives it; overlapping heads are looked for across the HEAD posts of one organisation, so pass every
/// HEAD post of an organisation to see its overlaps.
/// </summary>
public static class AnomalyDetector
{
    /// <summary>The anomalies that hold on <paramref name="asOf"/>: from their first day up to (excluding) the day the recorded dates
    /// end them; ordered by first day, code, organisation, title, persons.</summary>
    public static IReadOnlyList<Anomaly> On(IEnumerable<PostRecord> posts, DateOnly asOf) =>
        Sorted(Find(posts).Where(a => a.FromOn <= asOf && (a.ToOn is null || asOf < a.ToOn)));

    /// <summary>Every anomaly of the records at any date, except overdue probations: what "a new anomaly" of an order is compared
    /// against (SubmitOrder's <c>reject_conflicts</c>). An overdue probation is made by the calendar, not by an order: back-filling a
    /// past appointment with probation before its confirmation arrives is not a conflict (docs/decisions.md, anomalies).</summary>
    public static IReadOnlyList<Anomaly> Ever(IEnumerable<PostRecord> posts) =>
        Sorted(Find(posts).Where(a => a.Code != AnomalyCodes.ProbationOverdue));

    /// <summary>Every anomaly of the records at any date, overdue probations included, with the interval each holds: what the
    /// stored projection keeps (docs/decisions.md 37 A1), so that <see cref="On"/> is a date-range filter over it.</summary>
    public static IReadOnlyList<Anomaly> All(IEnumerable<PostRecord> posts) => Sorted(Find(posts));

    /// <summary>The order <see cref="On"/> lists anomalies in (first day, code, organisation, title, persons, documents), for
    /// a store that sorts the same keys itself.</summary>
    public static IReadOnlyList<Anomaly> Sorted(IEnumerable<Anomaly> anomalies) =>
        anomalies.OrderBy(a => a.FromOn).ThenBy(a => a.Code, StringComparer.Ordinal).ThenBy(a => a.Organization, StringComparer.Ordinal)
            .ThenBy(a => a.Title ?? "", StringComparer.Ordinal).ThenBy(a => string.Join('、', a.Persons), StringComparer.Ordinal)
            .ThenBy(a => string.Join('、', a.Documents), StringComparer.Ordinal).ToList();

    private static IEnumerable<Anomaly> Find(IEnumerable<PostRecord> posts)
    {
        var derived = posts.Select(p => (Record: p, Timeline: p.Derive())).ToList();
        var anomalies = new List<Anomaly>();
        foreach (var (record, (tenures, warnings)) in derived)
        {
            anomalies.AddRange(RemovalsWithoutRecordedTenure(record.Post, tenures));
            anomalies.AddRange(OverdueProbations(record.Post, tenures));
            anomalies.AddRange(RepeatedAppointments(record, tenures, warnings));
            anomalies.AddRange(EffectiveBeforeEarlierRemoval(record));
            anomalies.AddRange(ConfirmationsWithoutProbation(record, tenures));
        }
        foreach (var organization in derived.Where(d => d.Record.Post.Rank == PostRank.Head).GroupBy(d => d.Record.Post.Organization))
        {
            anomalies.AddRange(OverlappingHeads(organization.Key, organization.SelectMany(d => d.Timeline.Tenures).ToList()));
        }
        return anomalies;
    }

    private static string Source(Tenure t) => t.StartedBy ?? t.AttestedBy ?? t.EndedBy ?? "";

    private static IEnumerable<Anomaly> OverlappingHeads(string organization, IReadOnlyList<Tenure> heads)
    {
        var ordered = heads.OrderBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var (a, b) = (ordered[i], ordered[j]);
                var from = b.KnownSince > a.KnownSince ? b.KnownSince : a.KnownSince;
                DateOnly? to = a.EndOn is null ? b.EndOn : b.EndOn is null ? a.EndOn : a.EndOn < b.EndOn ? a.EndOn : b.EndOn;
                if (to is not null && to <= from) continue;
                var title = a.Post.Title == b.Post.Title ? a.Post.Title : null;
                yield return new Anomaly(AnomalyCodes.OverlappingHeads,
                    $"{organization} has two heads from {from:yyyy-MM-dd}{(to is null ? "" : $" to {to:yyyy-MM-dd} (exclusive)")}: {a.Person} ({a.Post.Title}) and {b.Person} ({b.Post.Title})",
                    organization, title, [a.Person, b.Person], from, to, [Source(a), Source(b)]);
            }
        }
    }

    private static IEnumerable<Anomaly> RemovalsWithoutRecordedTenure(Post post, IReadOnlyList<Tenure> tenures) =>
        tenures.Where(t => t.StartOn is null && t.AttestedBy is null && t.EndedBy is not null && t.EndOn is not null)
            .Select(t => new Anomaly(AnomalyCodes.RemovalWithoutRecordedTenure,
                $"{t.EndedBy} removes {t.Person} from {post} on {t.EndOn:yyyy-MM-dd}, but no order or roster records them in that post",
                post.Organization, post.Title, [t.Person], t.EndOn!.Value, null, [t.EndedBy!]));

    private static IEnumerable<Anomaly> OverdueProbations(Post post, IReadOnlyList<Tenure> tenures)
    {
        foreach (var t in tenures.Where(t => t.ProbationUntil is not null && t.StartOn is not null))
        {
            var until = t.ProbationUntil!.Value;
            DateOnly? to = t.EndOn;
            if (t.ConfirmedOn is { } confirmed && (to is null || confirmed < to)) to = confirmed;
            if (to is not null && to <= until) continue;
            yield return new Anomaly(AnomalyCodes.ProbationOverdue,
                $"the probation of {t.Person} as {post} ended on {until:yyyy-MM-dd} (exclusive) and no confirmation is recorded",
                post.Organization, post.Title, [t.Person], until, to, [t.StartedBy ?? ""]);
        }
    }

    private static IEnumerable<Anomaly> RepeatedAppointments(PostRecord record, IReadOnlyList<Tenure> tenures, IReadOnlyList<TimelineWarning> warnings)
    {
        foreach (var w in warnings.Where(w => w.Code == TimelineWarning.AlreadyHolds))
        {
            var e = record.Events.FirstOrDefault(e => e.Position == w.Position && e.DocumentNumber.ToString() == w.DocumentNumber);
            if (e is null) continue;
            var held = tenures.FirstOrDefault(t => t.Person == e.Person && t.IsHeldOn(e.EffectiveOn));
            yield return new Anomaly(AnomalyCodes.AlreadyHoldsPost,
                $"{w.DocumentNumber} appoints {e.Person} as {record.Post} on {e.EffectiveOn:yyyy-MM-dd}, a post they already hold"
                + (held?.StartedBy is { } since ? $" by {since}" : ""),
                record.Post.Organization, record.Post.Title, [e.Person], e.EffectiveOn, null,
                held is null ? [w.DocumentNumber] : [w.DocumentNumber, Source(held)]);
        }
    }

    private static IEnumerable<Anomaly> EffectiveBeforeEarlierRemoval(PostRecord record)
    {
        static DateOnly Decided(PostEvent e) => e.IssuedOn ?? e.EffectiveOn;
        foreach (var removal in record.Events.Where(e => e.Action.Ends()))
        {
            var restated = record.Events.Any(e => e.Person == removal.Person && e.Action != OrderAction.ConfirmProbation && e.EffectiveOn > removal.EffectiveOn);
            if (restated) continue;
            foreach (var appointment in record.Events.Where(e => e.Action.Starts() && e.Person == removal.Person
                         && Decided(removal) < Decided(e) && e.EffectiveOn <= removal.EffectiveOn))
            {
                yield return new Anomaly(AnomalyCodes.EffectiveBeforeEarlierRemoval,
                    $"{appointment.DocumentNumber} (decided {Decided(appointment):yyyy-MM-dd}) appoints {appointment.Person} as {record.Post} from " +
                    $"{appointment.EffectiveOn:yyyy-MM-dd}, on or before their removal on {removal.EffectiveOn:yyyy-MM-dd} by {removal.DocumentNumber} " +
                    $"(decided {Decided(removal):yyyy-MM-dd}): the earlier decision ends the later one",
                    record.Post.Organization, record.Post.Title, [appointment.Person], appointment.EffectiveOn, null,
                    [appointment.DocumentNumber.ToString(), removal.DocumentNumber.ToString()]);
            }
        }
    }

    private static IEnumerable<Anomaly> ConfirmationsWithoutProbation(PostRecord record, IReadOnlyList<Tenure> tenures)
    {
        var confirmations = record.Events.Where(e => e.Action == OrderAction.ConfirmProbation)
            .Select(e => new PostConfirmation(e.EffectiveOn, e.Person, e.DocumentNumber.ToString(), e.Position)).Concat(record.Confirmations);
        foreach (var c in confirmations.Where(c => !tenures.Any(t => ProbationConfirmations.Confirms(t, c.Person, c.On))))
        {
            yield return new Anomaly(AnomalyCodes.ConfirmationWithoutProbation,
                $"{c.Source} confirms the probation of {c.Person} as {record.Post} on {c.On:yyyy-MM-dd}, but no tenure with probation is held then",
                record.Post.Organization, record.Post.Title, [c.Person], c.On, null, [c.Source]);
        }
    }
}
