using Roster.Domain.Orders;

namespace Roster.Data.Ledger;

/// <summary>An order as stored, with the server time (UTC) its transaction committed, and the later order that revoked or
/// amended it (null while it is in force, or when asked as recorded before that correction).</summary>
public sealed record RecordedOrder(Order Order, DateTime RecordedAt, CorrectedBy? CorrectedBy = null);

/// <summary>The order that revoked or amended a stored order.</summary>
/// <param name="DocumentNumber">Canonical document number of the correcting order.</param>
/// <param name="Kind">Revoke or amend.</param>
/// <param name="RecordedAt">When the correcting order was recorded (UTC): from then on the corrected order is out of force.</param>
public sealed record CorrectedBy(string DocumentNumber, CorrectionKind Kind, DateTime RecordedAt);
