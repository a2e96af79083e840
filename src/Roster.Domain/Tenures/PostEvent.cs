using Roster.Domain.Orders;
using Roster.Domain.Time;

namespace Roster.Domain.Tenures;

/// <summary>One order item as it bears on one post's timeline.</summary>
/// <param name="EffectiveOn">The order's effective date.</param>
/// <param name="DocumentNumber">The order.</param>
/// <param name="Position">The item's position in the order.</param>
/// <param name="Action">What it does.</param>
/// <param name="Person">Canonical person name.</param>
/// <param name="Probation">Probation period of an appointment.</param>
/// <param name="RetainsRank">保留原职级待遇.</param>
/// <param name="Concurrent">兼.</param>
/// <param name="Acting">代理 / 主持工作.</param>
public sealed record PostEvent(DateOnly EffectiveOn, Names.DocumentNumber DocumentNumber, int Position, OrderAction Action,
    string Person, Period? Probation, bool RetainsRank, bool Concurrent, bool Acting)
{
    /// <summary>The order's issue date, else its decision date; null when neither is known. Used to tell which of two orders was
    /// decided first (anomalies), never to order the timeline.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>How much of <see cref="EffectiveOn"/> is known; with month or year, <see cref="EffectiveOn"/> is the first day
    /// of that month or year (docs/time.md, imprecise dates).</summary>
    public Time.DatePrecision Precision { get; init; }

    /// <summary>The events an order contributes to the timeline of <paramref name="post"/>.</summary>
    public static IEnumerable<PostEvent> From(Order order, Posts.Post post) =>
        order.Items.Where(i => i.Post == post).Select(i => Of(order, i));

    /// <summary>The event <paramref name="item"/> of <paramref name="order"/> is on its post's timeline.</summary>
    public static PostEvent Of(Order order, OrderItem item) => new(order.EffectiveOn, order.DocumentNumber,
        item.Position, item.Action, item.Person, item.Probation, item.RetainsRank, item.Concurrent, item.Acting) { IssuedOn = order.IssuedOn ?? order.DecidedOn, Precision = order.EffectivePrecision };
}
