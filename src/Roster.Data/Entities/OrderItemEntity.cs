using Roster.Domain.Orders;

namespace Roster.Data.Entities;

/// <summary>A stored order item.</summary>
public sealed class OrderItemEntity
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public OrderEntity Order { get; set; } = null!;
    public int Position { get; set; }
    public OrderAction Action { get; set; }
    public long PersonId { get; set; }
    public PersonEntity Person { get; set; } = null!;
    public long PostId { get; set; }
    public PostEntity Post { get; set; } = null!;
    /// <summary>ISO 8601 period, e.g. P1Y.</summary>
    public string? Probation { get; set; }
    public bool RetainsRank { get; set; }
    public bool Concurrent { get; set; }
    public bool Acting { get; set; }
    public string? Note { get; set; }
}
