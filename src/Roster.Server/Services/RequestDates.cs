using Roster.Domain.Errors;
using Roster.Domain.Time;

namespace Roster.Server.Services;

/// <summary>Calendar dates of query requests: unset is null; an impossible date is INVALID_ARGUMENT on its field.</summary>
public static class RequestDates
{
    /// <summary>Reason code of an impossible date.</summary>
    public const string InvalidReason = "DATE_INVALID";
    /// <summary>Reason code of a range whose end is not after its start.</summary>
    public const string RangeReason = "RANGE_INVALID";

    /// <summary>The date, null when unset; throws <see cref="InvalidInputException"/> naming <paramref name="field"/>.</summary>
    public static DateOnly? Optional(Google.Type.Date? date, string field)
    {
        if (date is null) return null;
        var parts = new CalendarDate(date.Year, date.Month, date.Day);
        return parts.ToDateOnly() ?? throw new InvalidInputException(InvalidReason, field, parts.NotADayMessage);
    }

    /// <summary>A half-open range [<paramref name="from"/>, <paramref name="before"/>) of calendar dates, either bound
    /// null when unset. Throws <see cref="InvalidInputException"/> (INVALID_ARGUMENT) naming a field for an impossible
    /// date, and naming <paramref name="beforeField"/> (reason <see cref="RangeReason"/>) when both are set and the
    /// end is not after the start: such a range holds no day, and answering it with nothing would hide a swapped pair.</summary>
    public static (DateOnly? From, DateOnly? Before) Range(Google.Type.Date? from, string fromField, Google.Type.Date? before, string beforeField)
    {
        var start = Optional(from, fromField);
        var end = Optional(before, beforeField);
        EnsureOrdered(start, fromField, end, beforeField, d => d.ToString("yyyy-MM-dd"), "day");
        return (start, end);
    }

    /// <summary>Throws <see cref="InvalidInputException"/> (reason <see cref="RangeReason"/>, on <paramref name="beforeField"/>) when
    /// both bounds of a half-open range are set and the end is not after the start: the range would hold no <paramref name="unit"/>.</summary>
    internal static void EnsureOrdered<T>(T? start, string fromField, T? end, string beforeField, Func<T, string> format, string unit)
        where T : struct, IComparable<T>
    {
        if (start is { } s && end is { } e && e.CompareTo(s) <= 0)
            throw new InvalidInputException(RangeReason, beforeField,
                $"{beforeField} {format(e)} is not after {fromField} {format(s)}: the range [{fromField}, {beforeField}) would hold no {unit}");
    }
}
