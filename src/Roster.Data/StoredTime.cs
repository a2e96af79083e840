namespace Roster.Data;

/// <summary>Timestamps as the database keeps them.</summary>
public static class StoredTime
{
    /// <summary>The current UTC time truncated to whole microseconds, the precision of a PostgreSQL <c>timestamptz</c>
    /// (SQLite keeps more), so a reply built from memory equals the row read back later on either provider.</summary>
    public static DateTime StoredUtcNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
    }
}
