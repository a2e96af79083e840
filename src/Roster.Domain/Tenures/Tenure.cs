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
    /// <summary>First day in the post; null when unknown.</summary>
    public DateOnly? StartOn { get; init; }
    /// <summary>Earliest day the evidence shows the person in the post; equals <see cref="StartOn"/> when that is known.</summary>
    public required DateOnly KnownSince { get; init; }
    /// <summary>First day out of the post (exclusive); null while ongoing.</summary>
    public DateOnly? EndOn { get; init; }
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

    /// <summary>True when the records show the person in the post on <paramref name="date"/>:
    /// from the start (or, if unknown, from <see cref="KnownSince"/>) up to but excluding the end.</summary>
    public bool IsHeldOn(DateOnly date) => KnownSince <= date && (EndOn is null || date < EndOn);

    /// <summary>True when the tenure overlaps the half-open period [<paramref name="from"/>, <paramref name="to"/>); either bound may be open.</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) =>
        (to is null || KnownSince < to) && (from is null || EndOn is null || EndOn > from);
}
