namespace Roster.Data.Lineage;

/// <summary>
/// The process's current <see cref="LineageSnapshot"/>, so the officeholder hot path pays one dictionary lookup for a name
/// without lineage. Re-read after this process records lineage (<see cref="Invalidate"/>) and at most
/// <see cref="MaxAge"/> after the last read, so an event another server process recorded on the same database answers
/// within that time. Singleton; thread-safe.
/// </summary>
public sealed class LineageIndex(TimeProvider clock)
{
    /// <summary>How long a snapshot answers before it is read again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private (LineageSnapshot Snapshot, DateTimeOffset ReadAt, long Version)? _current;
    private long _version;

    /// <summary>The current snapshot, read through <paramref name="db"/> when stale.</summary>
    public async Task<LineageSnapshot> CurrentAsync(RosterDbContext db, CancellationToken cancellationToken)
    {
        var current = _current;
        var version = Interlocked.Read(ref _version);
        if (current is { } c && c.Version == version && clock.GetUtcNow() - c.ReadAt < MaxAge) return c.Snapshot;
        var snapshot = await LineageSnapshot.ReadAsync(db, cancellationToken);
        _current = (snapshot, clock.GetUtcNow(), version);
        return snapshot;
    }

    /// <summary>Marks the snapshot stale (after a lineage write commits).</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);
}
