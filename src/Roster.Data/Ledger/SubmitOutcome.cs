using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>The result of submitting an order.</summary>
/// <param name="Recorded">The order as stored (or as it would be, with validate-only).</param>
/// <param name="Created">True when this call stored it; false for an identical resubmission or validate-only.</param>
/// <param name="Warnings">Findings on the order's own items that did not stop it.</param>
/// <param name="AlreadyRecorded">True when the same content was stored before (an idempotent resubmission).</param>
public sealed record SubmitOutcome(RecordedOrder Recorded, bool Created, IReadOnlyList<TimelineWarning> Warnings, bool AlreadyRecorded = false);
