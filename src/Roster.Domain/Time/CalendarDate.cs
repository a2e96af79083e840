namespace Roster.Domain.Time;

/// <summary>
/// A calendar date as received, before it is known to exist (2022-02-30 can be received;
/// it cannot be a <see cref="DateOnly"/>). Validation turns it into a <see cref="DateOnly"/>.
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

    /// <summary>The parts of an existing date.</summary>
    public static CalendarDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>ISO 8601, e.g. <c>2022-01-30</c>.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
