namespace Roster.Domain.Time;

/// <summary>
/// How much of a date is known (docs/time.md, imprecise dates): the day, only the month, or only the year, as
/// google.type.Date writes it (day 0: year and month known; month 0 and day 0: year only). An imprecise date is
/// stored as the first day of its span (2021年3月 as 2021-03-01) beside its precision. Day is the default: every
/// date recorded before precision existed is a day.
/// </summary>
public enum DatePrecision
{
    /// <summary>The day is known (2021-03-15).</summary>
    Day = 0,
    /// <summary>Only the year and month are known (2021年3月).</summary>
    Month = 1,
    /// <summary>Only the year is known (2021年).</summary>
    Year = 2,
}

/// <summary>Spans of imprecise dates.</summary>
public static class DatePrecisions
{
    /// <summary>
    /// The first day by which a date of this precision, whose span starts on <paramref name="first"/>, has certainly
    /// come: <paramref name="first"/> itself for a day, the first day of the next month for a month, the next 1 January
    /// for a year. Days in [<paramref name="first"/>, result) are the span in which the date may or may not have come.
    /// </summary>
    public static DateOnly SpanEnd(this DatePrecision precision, DateOnly first) => precision switch
    {
        DatePrecision.Month => new DateOnly(first.Year, first.Month, 1).AddMonths(1),
        DatePrecision.Year => new DateOnly(first.Year, 1, 1).AddYears(1),
        _ => first,
    };

    /// <summary>The first day of the span of <paramref name="date"/> at <paramref name="precision"/>: 2021-03-15 at
    /// month precision is 2021-03-01.</summary>
    public static DateOnly SpanStart(this DatePrecision precision, DateOnly date) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    /// <summary>The date as the gazette prints it: <c>2021年3月</c>, <c>2021年</c>, or ISO <c>2021-03-15</c> for a day.</summary>
    public static string Format(this DatePrecision precision, DateOnly first) => precision switch
    {
        DatePrecision.Month => $"{first.Year}年{first.Month}月",
        DatePrecision.Year => $"{first.Year}年",
        _ => first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
