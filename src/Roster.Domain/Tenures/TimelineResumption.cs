using Roster.Domain.Orders;

namespace Roster.Domain.Tenures;

/// <summary>
/// Where a post's timeline is derived again from, after a record dated <see cref="From"/> or later was added or withdrawn:
/// the tenures open just before that date, read back from the post's stored tenures, so that
/// <see cref="TenureTimeline.DeriveFrom"/> needs only the records dated from then on (docs/performance.md, write cost).
/// </summary>
/// <remarks>
/// A tenure that ended before <see cref="From"/> was closed by a removal dated before it, so no record dated from then on
/// changes it: it is kept as stored. Every other stored tenure is replaced by the derivation. Of those, the ones open
/// just before <see cref="From"/> (started by an order, or evidenced by a roster, before that date) are the state the
/// derivation resumes from, with what later records add to them (end, end source, rank retention, confirmation)
/// cleared; a tenure recorded by a removal with no open tenure was never open and is derived again from that removal.
/// </remarks>
/// <param name="From">The earliest date whose records changed.</param>
/// <param name="Open">The tenures open just before <see cref="From"/>, as the derivation held them then.</param>
/// <param name="ConfirmationsFrom">The earliest date a confirmation can bear on a replaced tenure: the earliest start of an
/// open tenure, else <see cref="From"/>. A confirmation confirms a tenure it falls within, and the earliest one wins, so the
/// confirmations from this date on decide every replaced tenure's confirmation.</param>
/// <param name="Ended">For people the records from <see cref="From"/> on remove while they hold no open tenure: each one's
/// latest tenure of the post that ended before <see cref="From"/>, so such a removal is read against it as the whole
/// timeline would read it (a repeated removal). Empty when none.</param>
public sealed record TimelineResumption(DateOnly From, IReadOnlyList<Tenure> Open, DateOnly ConfirmationsFrom, IReadOnlyList<Tenure>? Ended = null)
{
    /// <summary>No resumption: the whole timeline from its first record.</summary>
    public static TimelineResumption FromStart { get; } = new(DateOnly.MinValue, [], DateOnly.MinValue);

    /// <summary>True when <paramref name="tenure"/> ended before <paramref name="from"/>: records dated from then on do not change it.</summary>
    public static bool EndedBefore(Tenure tenure, DateOnly from) => tenure.EndOn is { } end && end < from;

    /// <summary>The resumption at <paramref name="from"/> of a post whose stored tenures not ended before that date are
    /// <paramref name="unfinished"/> (tenures that <see cref="EndedBefore"/> it are ignored if passed).</summary>
    public static TimelineResumption At(DateOnly from, IEnumerable<Tenure> unfinished)
    {
        var open = unfinished.Where(t => !EndedBefore(t, from) && OpenedBefore(t, from))
            .Select(t => t with { EndOn = null, EndPrecision = default, EndedBy = null, RetainsRank = false, ConfirmedOn = null, ConfirmedBy = null })
            .ToList();
        var confirmationsFrom = open.Select(t => t.StartOn).Where(d => d is not null).Select(d => d!.Value).Append(from).Min();
        return new TimelineResumption(from, open, confirmationsFrom);
    }

    /// <summary>The people <paramref name="events"/> remove on or after <see cref="From"/> while holding no tenure open just
    /// before it: whose earlier tenures <see cref="WithEnded"/> needs.</summary>
    public IReadOnlyList<string> RemovedWithoutOpenTenure(IEnumerable<PostEvent> events) =>
        events.Where(e => e.Action.Ends() && e.EffectiveOn >= From && Open.All(t => t.Person != e.Person))
            .Select(e => e.Person).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>This resumption with <see cref="Ended"/> taken from <paramref name="stored"/> (stored tenures of the post; those
    /// not ended before <see cref="From"/> are ignored): each person's latest.</summary>
    public TimelineResumption WithEnded(IEnumerable<Tenure> stored) => this with
    {
        Ended = stored.Where(t => EndedBefore(t, From)).GroupBy(t => t.Person, StringComparer.Ordinal).Select(g => g.MaxBy(t => t.EndOn)!).ToList(),
    };

    // Opened by an appointment before the date, or by a roster's evidence before it; a removal without an open tenure
    // records a tenure (no start, no roster) that was never open.
    private static bool OpenedBefore(Tenure t, DateOnly from) =>
        t.StartOn is { } start ? start < from : t.AttestedBy is not null && t.KnownSince < from;
}
