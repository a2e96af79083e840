using Google.Type;

namespace Roster.Cli.Tests;

public class DatesTests
{
    [Theory]
    [InlineData("2022-01-29", 2022, 1, 29)]
    [InlineData("2022-02-30", 2022, 2, 30)] // syntax only: the server says it does not exist
    [InlineData("2022-13-01", 2022, 13, 1)]
    [InlineData(" 2022-01-29 ", 2022, 1, 29)]
    public void Reads_the_syntax_without_judging_the_calendar(string text, int year, int month, int day)
    {
        Assert.True(Dates.TryParseSyntax(text, out var date));
        Assert.Equal(new Date { Year = year, Month = month, Day = day }, date);
    }

    [Theory]
    [InlineData("2022/01/29")]
    [InlineData("2022-1-29")]
    [InlineData("22-01-29")]
    [InlineData("2022-01-29T00:00")]
    [InlineData("２０２２-01-29")] // fullwidth digits are not ISO digits
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_anything_but_yyyy_mm_dd(string? text)
    {
        Assert.False(Dates.TryParseSyntax(text, out _));
        Assert.False(Dates.TryParseCalendarDate(text, out _));
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022-13-01")]
    [InlineData("2022-00-10")]
    [InlineData("2021-02-29")]
    [InlineData("0000-01-01")]
    public void Calendar_dates_must_exist(string text)
    {
        Assert.False(Dates.TryParseCalendarDate(text, out _));
    }

    [Fact]
    public void Calendar_dates_accept_a_leap_day()
    {
        Assert.True(Dates.TryParseCalendarDate("2024-02-29", out var date));
        Assert.Equal(new Date { Year = 2024, Month = 2, Day = 29 }, date);
    }

    [Fact]
    public void Formats_iso_and_null_for_unset()
    {
        Assert.Equal("0999-01-02", Dates.Format(new Date { Year = 999, Month = 1, Day = 2 }));
        Assert.Null(Dates.Format(null));
    }

    [Theory]
    [InlineData("2021-03", 2021, 3, 0)]
    [InlineData("2021", 2021, 0, 0)]
    [InlineData("2021年3月", 2021, 3, 0)]
    [InlineData("2021年", 2021, 0, 0)]
    [InlineData("2021年3月15日", 2021, 3, 15)]
    [InlineData("2021-03-15", 2021, 3, 15)]
    public void Order_files_may_give_a_date_known_only_to_the_month_or_year(string text, int year, int month, int day)
    {
        Assert.True(Dates.TryParseOrderDate(text, out var date));
        Assert.Equal(new Date { Year = year, Month = month, Day = day }, date);
        // The command line's --on still asks about a day.
        if (day == 0) Assert.False(Dates.TryParseCalendarDate(text, out _));
    }

    [Theory]
    [InlineData("2021-3")]
    [InlineData("2021年3")]
    [InlineData("21年")]
    [InlineData("２０２１年")]
    public void Order_file_dates_refuse_other_forms(string text)
    {
        Assert.False(Dates.TryParseOrderDate(text, out _));
    }

    [Fact]
    public void A_date_known_only_to_the_month_or_year_is_printed_as_the_gazette_prints_it()
    {
        Assert.Equal("2021年3月", Dates.Format(new Date { Year = 2021, Month = 3 }));
        Assert.Equal("2021年", Dates.Format(new Date { Year = 2021 }));
    }
}
