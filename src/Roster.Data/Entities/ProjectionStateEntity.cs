namespace Roster.Data.Entities;

/// <summary>A projection that has been built over the whole database (so startup does not rebuild it again): one row per
/// projection name, e.g. <c>anomalies</c>.</summary>
public sealed class ProjectionStateEntity
{
    public required string Name { get; set; }
    /// <summary>When it was built (UTC).</summary>
    public DateTime BuiltAt { get; set; }
}
