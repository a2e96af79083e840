namespace Roster.Domain.Time;

/// <summary>
/// "Today" as the jurisdiction's offices count days (docs/time.md): the calendar date in the jurisdiction's time zone at the
/// instant <see cref="TimeProvider"/> gives, never the server's local date. Every default date of a query (officeholders now,
/// anomalies and probations on today, a group roster in force) and every check against today (a confirmation not after today)
/// reads it, so one clock decides them all and tests can move it.
/// </summary>
/// <param name="clock">The instant (TimeProvider.System in the server, a fake one in tests).</param>
/// <param name="zone">The jurisdiction's time zone (<see cref="DefaultZoneId"/> unless configured).</param>
public sealed class JurisdictionCalendar(TimeProvider clock, TimeZoneInfo zone)
{
    /// <summary>The zone used when none is configured: China Standard Time (UTC+8, no daylight saving since 1991).</summary>
    public const string DefaultZoneId = "Asia/Shanghai";

    /// <summary>The jurisdiction's time zone.</summary>
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The instant's source.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>The calendar date in <see cref="Zone"/> now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The time zone with IANA (or Windows) id <paramref name="id"/>. <see cref="DefaultZoneId"/> is known even on a
    /// machine without time-zone data (a fixed UTC+8: China has kept no daylight saving since 1991).</summary>
    /// <exception cref="ArgumentException">No time zone has that id (the message names it).</exception>
    public static TimeZoneInfo ZoneOf(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (id == DefaultZoneId) return TimeZoneInfo.CreateCustomTimeZone(DefaultZoneId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
            throw new ArgumentException($"no time zone has the id \"{id}\" (an IANA id, e.g. {DefaultZoneId})", nameof(id), e);
        }
    }
}
