using Roster.Domain.Tenures;

namespace Roster.Domain.Probation;

/// <summary>Which probations a list asks for (exactly one criterion), and the date their status is given for.</summary>
/// <param name="RunningOn">Probations RUNNING on this date.</param>
/// <param name="EndingFrom">With <paramref name="EndingBefore"/>: probations whose end (<c>probation_until</c>) is in the half-open
/// range [<paramref name="EndingFrom"/>, <paramref name="EndingBefore"/>); either bound may be open, not both.</param>
/// <param name="EndingBefore">See <paramref name="EndingFrom"/>.</param>
/// <param name="Status">Probations with this status on <paramref name="On"/>.</param>
/// <param name="On">The date statuses are reported for (for <paramref name="RunningOn"/>, that date).</param>
public sealed record ProbationFilter(DateOnly? RunningOn, DateOnly? EndingFrom, DateOnly? EndingBefore, ProbationStatus? Status, DateOnly On)
{
    /// <summary>Probations RUNNING on <paramref name="date"/>.</summary>
    public static ProbationFilter Running(DateOnly date) => new(date, null, null, null, date);

    /// <summary>Probations ending in [<paramref name="from"/>, <paramref name="before"/>), statuses on <paramref name="on"/>.</summary>
    public static ProbationFilter Ending(DateOnly? from, DateOnly? before, DateOnly on) => new(null, from, before, null, on);

    /// <summary>Probations with <paramref name="status"/> on <paramref name="on"/>.</summary>
    public static ProbationFilter WithStatus(ProbationStatus status, DateOnly on) => new(null, null, null, status, on);

    /// <summary>True when <paramref name="tenure"/> (with its <paramref name="status"/> on <see cref="On"/>) is asked for.</summary>
    public bool Matches(Tenure tenure, ProbationStatus? status)
    {
        if (tenure.ProbationUntil is not { } until || tenure.StartOn is null) return false;
        if (RunningOn is not null) return status == ProbationStatus.Running;
        if (Status is { } wanted) return status == wanted;
        return (EndingFrom is null || until >= EndingFrom) && (EndingBefore is null || until < EndingBefore);
    }
}

/// <summary>One tenure's probation and its status on a date.</summary>
/// <param name="Tenure">The tenure (with <c>probation_until</c>, and <c>confirmed_on</c> when recorded).</param>
/// <param name="Status">Its status on <paramref name="On"/>; null when the tenure had not started by then.</param>
/// <param name="On">The date of the status.</param>
public sealed record ProbationEntry(Tenure Tenure, ProbationStatus? Status, DateOnly On);

/// <summary>Selects and orders probations: by end date, then person, organisation and title (all ordinal).</summary>
public static class ProbationList
{
    /// <summary>The probations among <paramref name="tenures"/> that <paramref name="filter"/> asks for, in list order.</summary>
    public static IReadOnlyList<ProbationEntry> Select(IEnumerable<Tenure> tenures, ProbationFilter filter) =>
        tenures.Select(t => new ProbationEntry(t, t.StatusOn(filter.On), filter.On))
            .Where(e => filter.Matches(e.Tenure, e.Status))
            .OrderBy(e => e.Tenure.ProbationUntil).ThenBy(e => e.Tenure.Person, StringComparer.Ordinal)
            .ThenBy(e => e.Tenure.Post.Organization, StringComparer.Ordinal).ThenBy(e => e.Tenure.Post.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Tenure.StartOn)
            .ToList();
}
