namespace Roster.Data.Entities;

/// <summary>A seed file imported at start, by content hash, so later starts import nothing twice.</summary>
public sealed class SeedImportEntity
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    /// <summary>SHA-256 of the file, lower-case hex.</summary>
    public required string Sha256 { get; set; }
    public DateTime ImportedAt { get; set; }
    public int OrdersAdded { get; set; }
}
