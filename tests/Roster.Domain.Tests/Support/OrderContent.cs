using Roster.Domain.Orders;

namespace Roster.Domain.Tests.Support;

/// <summary>Compares orders by content (<see cref="Order.HasSameContentAs"/>): record equality would compare the item lists by reference.</summary>
public sealed class OrderContent : IEqualityComparer<Order>
{
    /// <summary>The comparer.</summary>
    public static OrderContent Comparer { get; } = new();

    /// <inheritdoc />
    public bool Equals(Order? x, Order? y) => x is null ? y is null : y is not null && x.HasSameContentAs(y);

    /// <inheritdoc />
    public int GetHashCode(Order obj) => obj.DocumentNumber.GetHashCode();
}
