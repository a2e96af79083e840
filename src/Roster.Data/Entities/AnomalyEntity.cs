namespace Roster.Data.Entities;

/// <summary>
/// One stored anomaly: a row of the projection <see cref="Ledger.AnomalyProjection"/> keeps of <c>AnomalyDetector</c>'s answers
/// (docs/decisions.md 37 A1, 46). Rewritten in the write transaction that rewrites its post's tenures; never edited by hand.
/// </summary>
public sealed class AnomalyEntity
{
    /// <summary>Separator of the stored person and document lists (a control character no name or document number holds).</summary>
    public const char ListSeparator = '\u001f';

    public long Id { get; set; }
    public long OrganizationId { get; set; }
    /// <summary>The post the anomaly belongs to; null for OVERLAPPING_HEADS, which spans the organisation's HEAD posts.</summary>
    public long? PostId { get; set; }
    public required string Code { get; set; }
    public required string Message { get; set; }
    /// <summary>Canonical organisation name.</summary>
    public required string Organization { get; set; }
    /// <summary>The post's title, or "" when the anomaly names no single title (the detector's null).</summary>
    public required string Title { get; set; }
    /// <summary>Persons, joined with <see cref="ListSeparator"/>.</summary>
    public required string Persons { get; set; }
    /// <summary>Persons joined with '、': the detector's sort key.</summary>
    public required string PersonsKey { get; set; }
    /// <summary>Documents, joined with <see cref="ListSeparator"/>.</summary>
    public required string Documents { get; set; }
    /// <summary>Documents joined with '、': the detector's sort key.</summary>
    public required string DocumentsKey { get; set; }
    /// <summary>First day it holds.</summary>
    public DateOnly FromOn { get; set; }
    /// <summary>First day it no longer holds (exclusive); null when open-ended.</summary>
    public DateOnly? ToOn { get; set; }
}
