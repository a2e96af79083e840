using Roster.Domain.Orders;
using Roster.Domain.Posts;

namespace Roster.Domain.Tenures;

/// <summary>
/// Derives the tenures of one post from every order item that names it (docs/orders.md). Items are
/// applied in order of effective date, then document number, then item position, so the result does
/// not depend on the order in which orders arrived.
/// </summary>
public static class TenureTimeline
{
    /// <summary>The tenures of <paramref name="post"/> and the warnings met on the way.</summary>
    /// <remarks>
    /// An appointment opens a tenure on its effective date; a removal closes the person's open tenure on
    /// its effective date (exclusive). A removal of a person whose tenure of the post already ended on or before
    /// its date changes nothing (a warning names the earlier removal); any other removal with no open tenure records
    /// one with an unknown start, known since the day before the removal (the person held the post then). Appointing someone who
    /// already holds the post changes nothing; appointing a HEAD while another HEAD holds it is recorded
    /// and warned about, unless that HEAD is removed on the same effective date (by a later item or order).
    /// </remarks>
    public static (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) Derive(Post post, IEnumerable<PostEvent> events) =>
        Derive(post, events, []);

    /// <summary>The tenures of <paramref name="post"/> from its order items and the rosters' attestations of it.</summary>
    /// <remarks>
    /// Attestations are applied in date order after the orders of the same date (on a removal's date the removed
    /// person no longer holds the post, docs/time.md). An attestation of a person holding a tenure with an unknown
    /// start moves its <see cref="Tenure.KnownSince"/> earlier; of a person with no open tenure it opens an
    /// evidence-only tenure (start unknown, known since the roster date, no end) that a later removal closes and a
    /// later appointment of the same person leaves as it is. Attestations raise no warnings: they are not orders.
    /// </remarks>
    public static (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) Derive(Post post, IEnumerable<PostEvent> events,
        IEnumerable<PostAttestation> attestations) =>
        Derive(post, events, attestations, []);

    /// <summary>The tenures of <paramref name="post"/> from its order items, the rosters' attestations and the probation
    /// confirmations recorded through <c>ConfirmProbation</c>; CONFIRM_PROBATION items among <paramref name="events"/> are
    /// confirmations too. Confirmations neither start nor end a tenure: they are applied to the derived tenures by
    /// <see cref="Probation.ProbationConfirmations.Apply"/> (docs/decisions.md, probation).</summary>
    public static (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) Derive(Post post, IEnumerable<PostEvent> events,
        IEnumerable<PostAttestation> attestations, IEnumerable<Probation.PostConfirmation> confirmations) =>
        DeriveFrom(post, TimelineResumption.FromStart, events, attestations, confirmations);

    /// <summary>
    /// The tenures that replace the unfinished ones of <paramref name="resumption"/> (those not ended before its
    /// <see cref="TimelineResumption.From"/> date), derived from the records dated from then on: together with the post's
    /// tenures that ended before that date, exactly what <see cref="Derive(Post, IEnumerable{PostEvent}, IEnumerable{PostAttestation}, IEnumerable{Probation.PostConfirmation})"/>
    /// gives from every record, provided nothing dated before <see cref="TimelineResumption.From"/> changed
    /// (docs/performance.md, write cost). The cost follows the records from that date, not the post's history.
    /// </summary>
    /// <param name="post">The post.</param>
    /// <param name="resumption">Where to resume (<see cref="TimelineResumption.At"/>).</param>
    /// <param name="events">The post's order items in force; may hold older ones, which are skipped: only those dated on or
    /// after <see cref="TimelineResumption.From"/> are applied, and confirmations (CONFIRM_PROBATION) on or after
    /// <see cref="TimelineResumption.ConfirmationsFrom"/>.</param>
    /// <param name="attestations">The rosters' attestations of the post; those dated before <see cref="TimelineResumption.From"/> are skipped.</param>
    /// <param name="confirmations">Confirmations recorded through <c>ConfirmProbation</c>; those dated before
    /// <see cref="TimelineResumption.ConfirmationsFrom"/> are skipped.</param>
    public static (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) DeriveFrom(Post post, TimelineResumption resumption,
        IEnumerable<PostEvent> events, IEnumerable<PostAttestation> attestations, IEnumerable<Probation.PostConfirmation> confirmations)
    {
        var all = events as IReadOnlyCollection<PostEvent> ?? events.ToList();
        var (tenures, warnings) = DeriveTenures(post, resumption.Open, resumption.Ended ?? [],
            all.Where(e => e.Action != OrderAction.ConfirmProbation && e.EffectiveOn >= resumption.From),
            attestations.Where(a => a.On >= resumption.From));
        var confirmed = Probation.ProbationConfirmations.Apply(tenures, confirmations.Where(c => c.On >= resumption.ConfirmationsFrom)
            .Concat(all.Where(e => e.Action == OrderAction.ConfirmProbation && e.EffectiveOn >= resumption.ConfirmationsFrom)
            .Select(e => new Probation.PostConfirmation(e.EffectiveOn, e.Person, e.DocumentNumber.ToString(), e.Position))), post);
        return (confirmed.Tenures, [.. warnings, .. confirmed.Warnings]);
    }

    private static (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) DeriveTenures(Post post, IReadOnlyList<Tenure> openBefore,
        IReadOnlyList<Tenure> endedBefore, IEnumerable<PostEvent> events, IEnumerable<PostAttestation> attestations)
    {
        var evidence = new Queue<PostAttestation>(attestations.OrderBy(a => a.On).ThenBy(a => a.Person, StringComparer.Ordinal)
            .ThenBy(a => a.SourceDocument, StringComparer.Ordinal));
        var open = new Dictionary<string, Tenure>(StringComparer.Ordinal);
        foreach (var t in openBefore) open[t.Person] = t;
        var tenures = new List<Tenure>();
        var warnings = new List<TimelineWarning>();
        // An imprecise date sorts at the first day of its span, after the day-precise events of that day, month before
        // year (docs/time.md, imprecise dates): the order a reader of the dates would give, and one that resuming from a
        // date (TimelineResumption) keeps, since every event of a span sorts at or after the span's first day.
        var ordered = events.OrderBy(e => e.EffectiveOn).ThenBy(e => e.Precision).ThenBy(e => e.DocumentNumber).ThenBy(e => e.Position).ToList();
        // On an effective date the removed person no longer holds the post (docs/time.md), whichever item comes first.
        var removedOn = ordered.Where(e => e.Action.Ends()).Select(e => (e.EffectiveOn, e.Person)).ToHashSet();

        void Attest(PostAttestation a)
        {
            if (open.TryGetValue(a.Person, out var held))
            {
                if (!held.StartKnown && a.On < held.KnownSince) open[a.Person] = held with { KnownSince = a.On, AttestedBy = a.SourceDocument };
                return;
            }
            open[a.Person] = new Tenure { Person = a.Person, Post = post, StartOn = null, KnownSince = a.On, AttestedBy = a.SourceDocument };
        }

        foreach (var e in ordered)
        {
            while (evidence.Count > 0 && evidence.Peek().On < e.EffectiveOn) Attest(evidence.Dequeue());
            var document = e.DocumentNumber.ToString();
            if (e.Action.Starts())
            {
                if (open.TryGetValue(e.Person, out var evidenced) && !evidenced.StartKnown)
                {
                    continue;
                }
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
                    StartPrecision = e.Precision,
                    KnownSince = e.EffectiveOn,
                    ProbationUntil = e.Probation?.AddTo(e.EffectiveOn),
                    Concurrent = e.Concurrent,
                    Acting = e.Acting,
                    StartedBy = document,
                };
            }
            else if (open.Remove(e.Person, out var current))
            {
                tenures.Add(current with { EndOn = e.EffectiveOn, EndPrecision = e.Precision, EndedBy = document, RetainsRank = e.RetainsRank });
            }
            else if (tenures.Concat(endedBefore).Where(t => t.Person == e.Person && t.EndOn <= e.EffectiveOn).MaxBy(t => t.EndOn) is { } ended)
            {
                // A second order removing a person whose tenure of the post the records already ended (a duplicate notice;
                // the people's congress removing, weeks later, whom the government removed) ends nothing more: read as
                // evidence it would invent a tenure known since the day before, beside the one it repeats.
                var when = ended.EndOn == e.EffectiveOn ? $"ends on {e.EffectiveOn:yyyy-MM-dd}" : $"ended on {ended.EndOn:yyyy-MM-dd}";
                warnings.Add(new(TimelineWarning.RemovalAlreadyRecorded,
                    $"{e.Person}'s tenure as {post} already {when} (by {ended.EndedBy}); this removal changes nothing", document, e.Position));
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
                    EndPrecision = e.Precision,
                    RetainsRank = e.RetainsRank,
                    EndedBy = document,
                });
            }
        }
        while (evidence.Count > 0) Attest(evidence.Dequeue());
        tenures.AddRange(open.Values);
        tenures.Sort((a, b) => a.KnownSince != b.KnownSince ? a.KnownSince.CompareTo(b.KnownSince) : string.CompareOrdinal(a.Person, b.Person));
        return (tenures, warnings);
    }
}
