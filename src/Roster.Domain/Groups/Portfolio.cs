namespace Roster.Domain.Groups;

/// <summary>
/// A vice-mayor's portfolio (分管): the areas a person is in charge of over [<see cref="FromOn"/>, <see cref="ToOn"/>).
/// Minimal on purpose: it answers "市政府分管X工作的副市长" seats and nothing else.
/// </summary>
/// <param name="Person">Canonical person name.</param>
/// <param name="Areas">Areas in charge of, e.g. <c>能源</c>, <c>规划和自然资源</c>.</param>
/// <param name="FromOn">First day in charge.</param>
/// <param name="ToOn">First day no longer in charge (exclusive); null while ongoing.</param>
/// <param name="Source">Where this is known from (a document number or an office).</param>
public sealed record Portfolio(string Person, IReadOnlyList<string> Areas, DateOnly FromOn, DateOnly? ToOn, string? Source)
{
    /// <summary>True when the portfolio runs on <paramref name="date"/>.</summary>
    public bool RunsOn(DateOnly date) => FromOn <= date && (ToOn is null || date < ToOn);

    /// <summary>True when one of the areas is, contains or is contained in <paramref name="area"/> once a trailing 工作 is dropped
    /// ("规划和自然资源局" matches "规划和自然资源").</summary>
    public bool Covers(string area)
    {
        var asked = Trim(area);
        return asked.Length > 0 && Areas.Select(Trim).Any(a => a.Length > 0 && (a.Contains(asked, StringComparison.Ordinal) || asked.Contains(a, StringComparison.Ordinal)));
    }

    private static string Trim(string area)
    {
        var compact = Names.TextForm.Compact(area);
        if (compact.EndsWith("工作", StringComparison.Ordinal)) compact = compact[..^2];
        if (compact.StartsWith('市')) compact = compact[1..];
        return compact;
    }
}
