namespace Roster.Domain.Groups;

/// <summary>
/// A vice-mayor's portfolio (分管): the areas a person is in charge of in one government over [<see cref="FromOn"/>, <see cref="ToOn"/>).
/// Minimal on purpose: it answers "市政府分管X工作的副市长" seats (<see cref="PortfolioHolders"/>) and nothing else.
/// </summary>
/// <param name="Person">Canonical person name.</param>
/// <param name="Areas">Areas in charge of, e.g. <c>能源</c>, <c>规划和自然资源</c>.</param>
/// <param name="FromOn">First day in charge.</param>
/// <param name="ToOn">First day no longer in charge (exclusive); null while ongoing.</param>
/// <param name="Source">Where this is known from (a document number or an office).</param>
/// <param name="Government">The government whose deputy holds it (canonical, <c>阳泉市人民政府</c>): a portfolio belongs to one
/// jurisdiction and fills only the seats of rosters issued there. Null for a portfolio recorded without one, which fills no seat.</param>
public sealed record Portfolio(string Person, IReadOnlyList<string> Areas, DateOnly FromOn, DateOnly? ToOn, string? Source, string? Government = null)
{
    /// <summary>Reason code of an invalid portfolio.</summary>
    public const string InvalidReason = "PORTFOLIO_INVALID";

    /// <summary>What is wrong with this portfolio as submitted (field paths under <c>portfolio.</c>); empty when it may be recorded.</summary>
    public IReadOnlyList<Errors.FieldViolation> Violations()
    {
        var violations = new List<Errors.FieldViolation>();
        if (Names.PersonName.Problem(Person) is { } problem) violations.Add(new("portfolio.person", problem));
        if (Areas.Count == 0 || Areas.Any(a => a.Length == 0 || a.Contains('、')))
            violations.Add(new("portfolio.areas", "give at least one area (能源, 规划和自然资源), each without 、"));
        if (ToOn is { } to && to <= FromOn) violations.Add(new("portfolio.to_on", "to_on must be after from_on"));
        if (string.IsNullOrWhiteSpace(Government))
            violations.Add(new("portfolio.government", "name the government whose deputy holds the portfolio (阳泉市人民政府), or file it with a key of an office in that jurisdiction"));
        return violations;
    }

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
