namespace Roster.Domain.Time;

/// <summary>
/// A calendar date as received, before it is known to exist (2022-02-30 can be received;
/// it cannot be a <see cref="DateOnly"/>). Validation turns it into a <see cref="DateOnly"/>. As in google.type.Date,
/// day 0 means a date known only to the month and month 0 with day 0 one known only to the year (<see cref="Precision"/>).
/// </summary>
public readonly record struct CalendarDate(int Year, int Month, int Day)
{
    /// <summary>The date, or null when no such day exists in the proleptic Gregorian calendar.</summary>
    public DateOnly? ToDateOnly()
    {
        if (Year is < 1 or > 9999 || Month is < 1 or > 12 || Day < 1) return null;
        if (Day > DateTime.DaysInMonth(Year, Month)) return null;
        return new DateOnly(Year, Month, Day);
    }

    /// <summary>How much of the date is given: day 0 is <see cref="DatePrecision.Month"/>, month and day 0
    /// <see cref="DatePrecision.Year"/>, else <see cref="DatePrecision.Day"/>.</summary>
    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>True when the parts contradict any precision: a day without a month (<c>2021-00-15</c>).</summary>
    public bool ContradictsPrecision => Month == 0 && Day != 0;

    /// <summary>
    /// The first day of the span this date names at its <see cref="Precision"/> (2021-03 gives 2021-03-01, 2021 gives
    /// 2021-01-01; a day gives itself), or null when it names no span of the calendar (a nonexistent day, a month outside
    /// 1-12, a day without a month).
    /// </summary>
    public DateOnly? ToSpanStart()
    {
        if (ContradictsPrecision) return null;
        var first = Precision switch
        {
            DatePrecision.Month => this with { Day = 1 },
            DatePrecision.Year => this with { Month = 1, Day = 1 },
            _ => this,
        };
        return first.ToDateOnly();
    }

    /// <summary>The date of <paramref name="first"/>'s span at <paramref name="precision"/>: day 0 for a month, month and day 0 for a year.</summary>
    public static CalendarDate From(DateOnly first, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new(first.Year, first.Month, 0),
        DatePrecision.Year => new(first.Year, 0, 0),
        _ => From(first),
    };

    /// <summary>True for all parts 0: what an empty google.type.Date (<c>{}</c> in JSON) arrives as.</summary>
    public bool IsEmpty => Year == 0 && Month == 0 && Day == 0;

    /// <summary>Why these parts are no calendar day, for a field violation: an empty date is missing, not year 0000.</summary>
    public string NotADayMessage => IsEmpty
        ? "the date is empty (year, month and day are 0): give it, or leave the field out"
        : $"{this} is not a calendar date";

    /// <summary>The parts of an existing date.</summary>
    public static CalendarDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>ISO 8601, e.g. <c>2022-01-30</c>, <c>2021-03</c> (month precision), <c>2021</c> (year precision); a
    /// contradictory date keeps its parts (<c>2021-00-15</c>).</summary>
    public override string ToString() =>
        ContradictsPrecision || Precision == DatePrecision.Day ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Precision == DatePrecision.Month ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}
