using Roster.Data.Entities;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Data.Queries;

/// <summary>
/// Stored order items as the timeline events they are (docs/orders.md), in one place for every reader that derives
/// tenures: the ledger's rebuild of a post, the as-recorded path and the anomaly and conflict checks. Only items in
/// force count: those of orders no correction revoked or amended (docs/decisions.md 33).
/// </summary>
internal static class ItemEvents
{
    /// <summary>The items of orders in force. With <paramref name="asRecordedAt"/> (UTC), as the records stood then:
    /// only orders recorded by then, and only corrections recorded by then take effect.</summary>
    public static IQueryable<OrderItemEntity> InForce(this IQueryable<OrderItemEntity> items, RosterDbContext db, DateTime? asRecordedAt = null)
    {
        var corrections = db.Orders.Where(o => o.CorrectsDocumentNumber != null);
        if (asRecordedAt is { } at)
        {
            corrections = corrections.Where(o => o.RecordedAt <= at);
            items = items.Where(i => i.Order.RecordedAt <= at);
        }
        var corrected = corrections.Select(o => o.CorrectsDocumentNumber);
        return items.Where(i => !corrected.Contains(i.Order.DocumentNumber));
    }

    /// <summary>Each item as a flat row (one query, no tracking), ready for <see cref="ItemEvent.ToPostEvent"/>.</summary>
    public static IQueryable<ItemEvent> AsEvents(this IQueryable<OrderItemEntity> items) =>
        items.Select(i => new ItemEvent(i.PostId, i.Order.EffectiveOn, i.Order.DocumentNumber, i.Position, i.Action, i.Person.Name,
            i.Probation, i.RetainsRank, i.Concurrent, i.Acting, i.Order.IssuedOn ?? i.Order.DecidedOn,
            i.Order.EffectivePrecision));
}

/// <summary>One stored order item with what its timeline needs of its order: effective date, document number, issue date
/// (else decision date), and the effective date's precision.</summary>
internal sealed record ItemEvent(long PostId, DateOnly EffectiveOn, string DocumentNumber, int Position, OrderAction Action, string Person,
    string? Probation, bool RetainsRank, bool Concurrent, bool Acting, DateOnly? IssuedOn,
    Domain.Time.DatePrecision Precision)
{
    /// <summary>The domain event.</summary>
    public PostEvent ToPostEvent() => new(EffectiveOn, Domain.Names.DocumentNumber.Parse(DocumentNumber), Position, Action, Person,
        Period.TryParse(Probation, out var probation) ? probation : null, RetainsRank, Concurrent, Acting) { IssuedOn = IssuedOn, Precision = Precision };
}
