namespace Roster.Data.Entities;

/// <summary>A stored order. Never updated or deleted once committed.</summary>
public sealed class OrderEntity
{
    public long Id { get; set; }
    /// <summary>Canonical document number; unique.</summary>
    public required string DocumentNumber { get; set; }
    public required string Issuer { get; set; }
    public required string Title { get; set; }
    public string? DecisionBody { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly EffectiveOn { get; set; }
    /// <summary>How much of EffectiveOn is known (0 day, 1 month, 2 year; docs/time.md); EffectiveOn is then the span's first day.</summary>
    public Domain.Time.DatePrecision EffectivePrecision { get; set; }
    public string? SourceGazette { get; set; }
    public int? SourceLineStart { get; set; }
    public int? SourceLineEnd { get; set; }
    public string? SubmittedBy { get; set; }
    /// <summary>Server time of the commit, UTC.</summary>
    public DateTime RecordedAt { get; set; }
    /// <summary>Canonical document number of the order this one revokes or amends; null for an ordinary order.
    /// Unique: an order is corrected at most once.</summary>
    public string? CorrectsDocumentNumber { get; set; }
    /// <summary>Revoke or amend, with <see cref="CorrectsDocumentNumber"/>.</summary>
    public Domain.Orders.CorrectionKind? CorrectionKind { get; set; }
    public List<OrderItemEntity> Items { get; set; } = [];
}
