using Roster.Domain.Time;

namespace Roster.Domain.Tests;

/// <summary><see cref="Period"/>: ISO 8601 calendar periods for probations, and calendar arithmetic.</summary>
public sealed class PeriodTests
{
    [Theory]
    [InlineData("P1Y", 1, 0, 0)]
    [InlineData("P6M", 0, 6, 0)]
    [InlineData("P1Y6M", 1, 6, 0)]
    [InlineData("P90D", 0, 0, 90)]
    [InlineData("p1y", 1, 0, 0)]
    [InlineData(" P2Y ", 2, 0, 0)]
    [InlineData("P10Y", 10, 0, 0)]      // the longest probation accepted
    public void ISO_period_parses_to_years_months_and_days(string text, int years, int months, int days)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(new Period(years, months, days), period);
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P6M")]
    [InlineData("P1Y6M")]
    [InlineData("P90D")]
    public void Period_prints_as_the_ISO_text_it_was_parsed_from(string text)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1 year")]
    [InlineData("一年")]
    [InlineData("P")]
    [InlineData("P0D")]
    [InlineData("P0Y0M")]
    [InlineData("P11Y")]
    [InlineData("P10Y1M")]
    [InlineData("P1W")]
    [InlineData("PT1H")]
    [InlineData("P6M1Y")]
    [InlineData("P١Y")]       // Arabic-Indic digit
    public void Anything_else_is_not_a_probation_period(string? text)
    {
        Assert.False(Period.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2022-01-12", "P1Y", "2023-01-12")]   // docs/time.md: 岳江's probation from 2022-01-12 runs to 2023-01-12 (exclusive)
    [InlineData("2022-01-29", "P1Y", "2023-01-29")]
    [InlineData("2024-02-29", "P1Y", "2025-02-28")]   // no 29 February in 2025: the end clamps to the month's last day
    [InlineData("2024-02-29", "P4Y", "2028-02-29")]
    [InlineData("2022-01-12", "P6M", "2022-07-12")]
    [InlineData("2022-08-31", "P6M", "2023-02-28")]
    [InlineData("2022-01-12", "P1Y6M", "2023-07-12")]
    [InlineData("2022-01-12", "P90D", "2022-04-12")]
    public void Adding_a_period_moves_along_the_calendar(string start, string period, string end)
    {
        Assert.True(Period.TryParse(period, out var parsed));

        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            parsed.AddTo(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
