using Google.Protobuf.WellKnownTypes;
using Roster.Domain.Errors;

namespace Roster.Server.Services;

/// <summary>The <c>as_recorded_at</c> of query requests (docs/time.md, recorded time). Each query branches once on it: a past
/// moment goes to the as-recorded path (<see cref="Data.History.AsRecordedQueries"/> and the as-recorded parameters of the
/// order and group queries), anything else to the current one.</summary>
public static class RecordedTime
{
    /// <summary>Reason code of a timestamp outside 0001-01-01..9999-12-31.</summary>
    public const string InvalidReason = "TIMESTAMP_INVALID";

    /// <summary>The moment (UTC) when it is before now; null when unset or not before now (a future moment behaves as now).
    /// <see cref="InvalidInputException"/> naming <paramref name="field"/> for a timestamp out of range.</summary>
    public static DateTime? Past(Timestamp? timestamp, string field, TimeProvider clock) =>
        Moment(timestamp, field) is { } at && at < clock.GetUtcNow().UtcDateTime ? at : null;

    /// <summary>The moment (UTC), null when unset; <see cref="InvalidInputException"/> naming <paramref name="field"/> for a
    /// timestamp out of range.</summary>
    public static DateTime? Moment(Timestamp? timestamp, string field)
    {
        if (timestamp is null) return null;
        try
        {
            return timestamp.ToDateTime();
        }
        catch (InvalidOperationException)
        {
            throw new InvalidInputException(InvalidReason, field, $"{field} must be a timestamp between 0001-01-01 and 9999-12-31");
        }
    }

    /// <summary>A half-open range of moments [<paramref name="from"/>, <paramref name="before"/>), either bound null when unset;
    /// <see cref="InvalidInputException"/> naming <paramref name="beforeField"/> (reason <see cref="RequestDates.RangeReason"/>)
    /// when both are set and the end is not after the start.</summary>
    public static (DateTime? From, DateTime? Before) Range(Timestamp? from, string fromField, Timestamp? before, string beforeField)
    {
        var start = Moment(from, fromField);
        var end = Moment(before, beforeField);
        RequestDates.EnsureOrdered(start, fromField, end, beforeField, m => m.ToString("O"), "moment");
        return (start, end);
    }
}
