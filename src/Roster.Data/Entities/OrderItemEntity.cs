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
    /// <summary>Why the mention resolved to its person (docs/identity.md).</summary>
    public global::Roster.Domain.People.MentionReason PersonReason { get; set; } = global::Roster.Domain.People.MentionReason.Migrated;
    /// <summary>The person id the request named for this item (as named: redirects are followed when the item is resolved); null when it named none.</summary>
    public long? NamedPersonId { get; set; }
    public long PostId { get; set; }
    public PostEntity Post { get; set; } = null!;
    /// <summary>ISO 8601 period, e.g. P1Y.</summary>
    public string? Probation { get; set; }
    public bool RetainsRank { get; set; }
    public bool Concurrent { get; set; }
    public bool Acting { get; set; }
    public string? Note { get; set; }
}
