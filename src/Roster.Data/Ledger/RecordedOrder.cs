using Roster.Domain.Orders;

namespace Roster.Data.Ledger;

/// <summary>An order as stored, with the server time (UTC) its transaction committed.</summary>
public sealed record RecordedOrder(Order Order, DateTime RecordedAt);
