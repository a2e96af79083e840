using Roster.Domain.Tenures;

namespace Roster.Domain.Probation;

/// <summary>Where a tenure's probation (试用期) stands on a date (docs/decisions.md, probation).</summary>
public enum ProbationStatus
{
    /// <summary>The probation has begun and its end (exclusive) is after the date; the tenure is held and not yet confirmed.</summary>
    Running = 1,
    /// <summary>A confirmation (试用期满考核合格，正式任职) is recorded on or before the date.</summary>
    Confirmed = 2,
    /// <summary>The tenure ended before the probation's end, unconfirmed (a failed probation is a removal).</summary>
    EndedEarly = 3,
    /// <summary>The probation's end has passed, the tenure is still held, and no confirmation is recorded.</summary>
    Overdue = 4,
    /// <summary>The tenure ended on or after the probation's end without a confirmation recorded: no longer actionable,
    /// but the record never says whether the probation was passed.</summary>
    Lapsed = 5,
}

/// <summary>The probation status of a tenure on a date.</summary>
public static class ProbationStatuses
{
    /// <summary>The status of <paramref name="tenure"/>'s probation on <paramref name="date"/>; null when the tenure has no probation
    /// or has not started by then. Precedence: CONFIRMED (confirmed on or before the date), then ENDED_EARLY / LAPSED (ended on or
    /// before the date, before / on or after the probation end), then RUNNING (before the probation end), else OVERDUE.</summary>
    public static ProbationStatus? StatusOn(this Tenure tenure, DateOnly date)
    {
        if (tenure.ProbationUntil is not { } until || tenure.StartOn is not { } start || date < start) return null;
        if (tenure.ConfirmedOn is { } confirmed && confirmed <= date) return ProbationStatus.Confirmed;
        if (tenure.EndOn is { } end && end <= date) return end < until ? ProbationStatus.EndedEarly : ProbationStatus.Lapsed;
        return date < until ? ProbationStatus.Running : ProbationStatus.Overdue;
    }
}
