using System.Globalization;
using System.Text.RegularExpressions;

namespace Roster.Domain.Time;

/// <summary>
/// A calendar period such as a probation (试用期): whole years, months and days, written in
/// ISO 8601 as <c>P1Y</c>, <c>P6M</c>, <c>P1Y6M</c> or <c>P90D</c>. Adding it to a date moves
/// along the calendar (2022-01-12 + P1Y = 2023-01-12), never by a fixed number of seconds.
/// </summary>
public readonly partial record struct Period(int Years, int Months, int Days)
{
    /// <summary>The longest period accepted for a probation, in years.</summary>
    public const int MaxYears = 10;

    /// <summary>Parses an ISO 8601 calendar period (<c>P1Y</c>); false for anything else, including <c>P0D</c> and periods over <see cref="MaxYears"/>.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim().ToUpperInvariant());
        if (!match.Success) return false;
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var candidate = new Period(Part("y"), Part("m"), Part("d"));
        if (candidate.Years + candidate.Months + candidate.Days == 0) return false;
        if (candidate.Years * 12 + candidate.Months > MaxYears * 12 || candidate.Days > MaxYears * 366) return false;
        period = candidate;
        return true;
    }

    /// <summary>The date this period after <paramref name="start"/> (calendar arithmetic; the 29th of February clamps to the 28th).</summary>
    public DateOnly AddTo(DateOnly start) => start.AddYears(Years).AddMonths(Months).AddDays(Days);

    /// <summary>The ISO 8601 form, e.g. <c>P1Y6M</c>.</summary>
    public override string ToString() =>
        "P" + (Years > 0 ? $"{Years}Y" : "") + (Months > 0 ? $"{Months}M" : "") + (Days > 0 ? $"{Days}D" : "");

    // [0-9], not \d: \d also matches other scripts' digits (P١Y), which int.Parse rejects with an exception.
    [GeneratedRegex(@"^P(?:(?<y>[0-9]{1,2})Y)?(?:(?<m>[0-9]{1,3})M)?(?:(?<d>[0-9]{1,4})D)?$")]
    private static partial Regex Pattern();
}
