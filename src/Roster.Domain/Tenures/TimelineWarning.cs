namespace Roster.Domain.Tenures;

/// <summary>A finding while deriving a post's timeline that does not stop an order (docs/orders.md).</summary>
/// <param name="Code">Stable UPPER_SNAKE code (see the constants).</param>
/// <param name="Message">Human text.</param>
/// <param name="DocumentNumber">Canonical number of the order whose item raised it.</param>
/// <param name="Position">That item's position.</param>
public sealed record TimelineWarning(string Code, string Message, string DocumentNumber, int Position)
{
    /// <summary>A removal of a person from a post no recorded order appointed them to; the tenure's start is unknown.</summary>
    public const string RemovalWithoutRecordedTenure = "REMOVAL_WITHOUT_RECORDED_TENURE";
    /// <summary>A removal of a person whose tenure of the post another order already ended on the same date: nothing changes.</summary>
    public const string RemovalAlreadyRecorded = "REMOVAL_ALREADY_RECORDED";
    /// <summary>A HEAD appointed while another HEAD holds the post.</summary>
    public const string OverlappingHeads = "OVERLAPPING_HEADS";
    /// <summary>A person appointed to a post they already hold.</summary>
    public const string AlreadyHolds = "ALREADY_HOLDS_POST";
    /// <summary>A probation confirmation of a person with no tenure with probation in the post on the confirmation date.</summary>
    public const string ConfirmationWithoutProbation = "CONFIRMATION_WITHOUT_PROBATION";
}
