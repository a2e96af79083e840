using Roster.Domain.Errors;
using Roster.Domain.Time;

namespace Roster.Server.Services;

/// <summary>Calendar dates of query requests: unset is null; an impossible date is INVALID_ARGUMENT on its field.</summary>
public static class RequestDates
{
    /// <summary>Reason code of an impossible date.</summary>
    public const string InvalidReason = "DATE_INVALID";

    /// <summary>The date, null when unset; throws <see cref="InvalidInputException"/> naming <paramref name="field"/>.</summary>
    public static DateOnly? Optional(Google.Type.Date? date, string field)
    {
        if (date is null) return null;
        var parts = new CalendarDate(date.Year, date.Month, date.Day);
        return parts.ToDateOnly() ?? throw new InvalidInputException(InvalidReason, field, $"{parts} is not a calendar date");
    }
}
