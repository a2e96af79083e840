using Roster.Domain.Time;
using Roster.Domain.Posts;

namespace Roster.Domain.Tenures;

/// <summary>
/// A person holding a post over the half-open interval [<see cref="StartOn"/>, <see cref="EndOn"/>)
/// (docs/time.md). An unknown start (a removal from a post we never saw the appointment to) is null,
/// and the tenure is reported only from <see cref="KnownSince"/>, the earliest evidence.
/// </summary>
public sealed record Tenure
{
    /// <summary>Canonical person name.</summary>
    public required string Person { get; init; }

    /// <summary>The holder's person id (<c>people/{id}</c>, docs/identity.md) as stored; null on a tenure a timeline derives,
    /// which knows its holders by name within the post.</summary>
    public long? PersonId { get; init; }
    /// <summary>The post.</summary>
    public required Post Post { get; init; }
    /// <summary>First day in the post; null when unknown. With a <see cref="StartPrecision"/> of month or year, the first day
    /// of the month or year in which the tenure began (docs/time.md, imprecise dates).</summary>
    public DateOnly? StartOn { get; init; }
    /// <summary>How much of <see cref="StartOn"/> is known: the day (default), only the month, or only the year.</summary>
    public DatePrecision StartPrecision { get; init; }
    /// <summary>Earliest day the evidence shows the person in the post; equals <see cref="StartOn"/> when that is known.</summary>
    public required DateOnly KnownSince { get; init; }
    /// <summary>First day out of the post (exclusive); null while ongoing.</summary>
    public DateOnly? EndOn { get; init; }
    /// <summary>How much of <see cref="EndOn"/> is known: the day (default), only the month, or only the year; with month
    /// or year, <see cref="EndOn"/> is the first day of that month or year.</summary>
    public DatePrecision EndPrecision { get; init; }
    /// <summary>First day after probation (exclusive); null without probation.</summary>
    public DateOnly? ProbationUntil { get; init; }
    /// <summary>保留原职级待遇 on the removal.</summary>
    public bool RetainsRank { get; init; }
    /// <summary>兼.</summary>
    public bool Concurrent { get; init; }
    /// <summary>代理 / 主持工作.</summary>
    public bool Acting { get; init; }
    /// <summary>Canonical document number of the starting order, if recorded.</summary>
    public string? StartedBy { get; init; }
    /// <summary>Canonical document number of the ending order, if recorded.</summary>
    public string? EndedBy { get; init; }

    /// <summary>The roster notice whose title text is the earliest evidence when it fixed <see cref="KnownSince"/>
    /// (docs/time.md); null when an order did.</summary>
    public string? AttestedBy { get; init; }

    /// <summary>The day the probation was confirmed (试用期满考核合格，正式任职), when recorded; null otherwise.</summary>
    public DateOnly? ConfirmedOn { get; init; }

    /// <summary>What recorded the confirmation: the canonical document number of a CONFIRM_PROBATION order, or the source
    /// given to <c>ConfirmProbation</c>; null when none is recorded.</summary>
    public string? ConfirmedBy { get; init; }

    /// <summary>True when an order records the start.</summary>
    public bool StartKnown => StartOn is not null;

    /// <summary>The first day the person certainly holds the post: the start (the day after its month or year when the start is
    /// known only to the month or year), or <see cref="KnownSince"/> when the start is unknown.</summary>
    public DateOnly HeldFrom => StartOn is { } start ? StartPrecision.SpanEnd(start) : KnownSince;

    /// <summary>The first day the person certainly no longer holds the post: the end (the day after its month or year when
    /// the end is known only to the month or year); null while ongoing.</summary>
    public DateOnly? GoneFrom => EndOn is { } end ? EndPrecision.SpanEnd(end) : null;

    /// <summary>True when the records show the person in the post on <paramref name="date"/> for certain:
    /// from <see cref="HeldFrom"/> up to but excluding the end; never on a day inside an imprecise start or end.</summary>
    public bool IsHeldOn(DateOnly date) => HeldFrom <= date && (EndOn is null || date < EndOn);

    /// <summary>True when <paramref name="date"/> falls inside the tenure's imprecise start or end (a start or end known only
    /// to the month or year): whether the person held the post that day is unknown (docs/time.md).</summary>
    public bool IsUncertainOn(DateOnly date) =>
        !IsHeldOn(date) && KnownSince <= date && (GoneFrom is not { } gone || date < gone);

    /// <summary>True when the tenure overlaps the half-open period [<paramref name="from"/>, <paramref name="to"/>); either bound
    /// may be open. Imprecise spans count: a tenure that may have been held in the period overlaps it.</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) =>
        (to is null || KnownSince < to) && (from is null || GoneFrom is not { } gone || gone > from);
}
