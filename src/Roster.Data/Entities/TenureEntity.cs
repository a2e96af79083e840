namespace Roster.Data.Entities;

/// <summary>
/// A derived tenure, [StartOn, EndOn) half-open. Rows of a post are recomputed from all of the
/// post's order items whenever an order touches it, so they never depend on arrival order.
/// </summary>
public sealed class TenureEntity
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public PostEntity Post { get; set; } = null!;
    public long PersonId { get; set; }
    public PersonEntity Person { get; set; } = null!;
    public DateOnly? StartOn { get; set; }
    public DateOnly KnownSince { get; set; }
    public DateOnly? EndOn { get; set; }
    /// <summary>How much of StartOn is known (0 day, 1 month, 2 year; docs/time.md); StartOn is then the span's first day.</summary>
    public Domain.Time.DatePrecision StartPrecision { get; set; }
    /// <summary>How much of EndOn is known, as <see cref="StartPrecision"/>.</summary>
    public Domain.Time.DatePrecision EndPrecision { get; set; }
    public DateOnly? ProbationUntil { get; set; }
    public bool RetainsRank { get; set; }
    public bool Concurrent { get; set; }
    public bool Acting { get; set; }
    public string? StartedBy { get; set; }
    public string? EndedBy { get; set; }
    /// <summary>Roster notice whose attestation fixed KnownSince, if one did.</summary>
    public string? AttestedBy { get; set; }
    /// <summary>Day the probation was confirmed, if recorded.</summary>
    public DateOnly? ConfirmedOn { get; set; }
    /// <summary>Order (document number) or ConfirmProbation source that recorded the confirmation.</summary>
    public string? ConfirmedBy { get; set; }
}
