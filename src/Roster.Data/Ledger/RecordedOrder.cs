using Roster.Domain.Orders;

namespace Roster.Data.Ledger;

/// <summary>An order as stored, with the server time (UTC) its transaction committed, and the later order that revoked or
/// amended it (null while it is in force, or when asked as recorded before that correction).</summary>
/// <param name="Order">The order.</param>
/// <param name="RecordedAt">When its transaction committed (UTC).</param>
/// <param name="CorrectedBy">The correcting order, if any.</param>
/// <param name="People">Per item, in position order, the person it resolved to and why (docs/identity.md); null for a dry run.</param>
public sealed record RecordedOrder(Order Order, DateTime RecordedAt, CorrectedBy? CorrectedBy = null, IReadOnlyList<ItemPerson>? People = null);

/// <summary>The person an order item resolved to, and why.</summary>
public sealed record ItemPerson(long PersonId, Domain.People.MentionReason Reason);

/// <summary>The order that revoked or amended a stored order.</summary>
/// <param name="DocumentNumber">Canonical document number of the correcting order.</param>
/// <param name="Kind">Revoke or amend.</param>
/// <param name="RecordedAt">When the correcting order was recorded (UTC): from then on the corrected order is out of force.</param>
public sealed record CorrectedBy(string DocumentNumber, CorrectionKind Kind, DateTime RecordedAt);
