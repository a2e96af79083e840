namespace Roster.Domain.Orders;

/// <summary>
/// Items of one order that contradict each other (docs/orders.md): an order has one effective date, so appointing a person
/// to a post and then removing them from it in the same order starts and ends a tenure on one day, an empty interval no
/// reading of the notice means. A removal before the appointment is a re-appointment (the old tenure ends, a new one
/// starts); two namesakes told apart by their ids are two people. Checked by <see cref="OrderValidator"/> on the names as
/// printed, and again by the ledger once former names are read as the organisation's current one (an item naming
/// 阳泉市能源局 and another naming what it was renamed to are one post).
/// </summary>
public static class ContradictoryItems
{
    /// <summary>Each removal in <paramref name="items"/> with the earlier appointment of the same person to the same post.</summary>
    public static IEnumerable<(OrderItem Appointment, OrderItem Removal)> Of(IReadOnlyList<OrderItem> items)
    {
        foreach (var removal in items.Where(i => i.Action.Ends()))
        {
            if (items.FirstOrDefault(a => a.Action.Starts() && a.Position < removal.Position && a.Person == removal.Person && a.Post == removal.Post
                    && !(a.NamedPerson is { } x && removal.NamedPerson is { } y && x != y)) is { } appointment)
            {
                yield return (appointment, removal);
            }
        }
    }

    /// <summary>What is wrong with the pair, for the removal's field violation.</summary>
    public static string Message((OrderItem Appointment, OrderItem Removal) pair) =>
        $"items[{pair.Appointment.Position}] appoints {pair.Removal.Person} as {pair.Removal.Post} and items[{pair.Removal.Position}] " +
        "removes them from it on the order's one effective date: the tenure would be empty; give the removal its own order";
}
