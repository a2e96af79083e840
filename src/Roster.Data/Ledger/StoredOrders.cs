using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Time;

namespace Roster.Data.Ledger;

/// <summary>Reads stored orders back into domain <see cref="Order"/>s (with the time they were recorded).</summary>
internal static class StoredOrders
{
    /// <summary>Orders with items, people and posts loaded, untracked.</summary>
    public static IQueryable<OrderEntity> WithItems(this IQueryable<OrderEntity> orders) =>
        orders.AsNoTracking()
            .Include(o => o.Items).ThenInclude(i => i.Person)
            .Include(o => o.Items).ThenInclude(i => i.Post).ThenInclude(p => p.Organization)
            .AsSplitQuery();

    /// <summary>The row for a validated order (without items), recorded at <paramref name="recordedAt"/> (UTC).</summary>
    public static OrderEntity ToEntity(this Order order, DateTime recordedAt) => new()
    {
        DocumentNumber = order.DocumentNumber.ToString(),
        Issuer = order.Issuer,
        Title = order.Title,
        DecisionBody = order.DecisionBody,
        DecidedOn = order.DecidedOn,
        IssuedOn = order.IssuedOn,
        EffectiveOn = order.EffectiveOn,
        EffectivePrecision = order.EffectivePrecision,
        SourceGazette = order.Source.Gazette,
        SourceLineStart = order.Source.LineStart,
        SourceLineEnd = order.Source.LineEnd,
        SubmittedBy = order.Source.SubmittedBy,
        RecordedAt = recordedAt,
        CorrectsDocumentNumber = order.Corrects?.Target.ToString(),
        CorrectionKind = order.Corrects?.Kind,
    };

    /// <summary>The domain form of a stored order.</summary>
    public static RecordedOrder ToRecorded(this OrderEntity entity) => new(new Order
    {
        DocumentNumber = DocumentNumber.Parse(entity.DocumentNumber),
        Issuer = entity.Issuer,
        Title = entity.Title,
        DecisionBody = entity.DecisionBody,
        DecidedOn = entity.DecidedOn,
        IssuedOn = entity.IssuedOn,
        EffectiveOn = entity.EffectiveOn,
        EffectivePrecision = entity.EffectivePrecision,
        Source = new OrderSource(entity.SourceGazette, entity.SourceLineStart, entity.SourceLineEnd, entity.SubmittedBy),
        Corrects = entity.CorrectsDocumentNumber is { } target && entity.CorrectionKind is { } kind
            ? new Correction(DocumentNumber.Parse(target), kind) : null,
        Items = entity.Items.OrderBy(i => i.Position).Select(i => new OrderItem(
            i.Position, i.Action, i.Person.Name,
            new Post(i.Post.Organization.Name, i.Post.Title, i.Post.Rank),
            Period.TryParse(i.Probation, out var p) ? p : null,
            i.RetainsRank, i.Concurrent, i.Acting, i.Note,
            i.NamedPersonId is { } named ? new Domain.People.PersonId(named) : null)).ToList(),
    }, DateTime.SpecifyKind(entity.RecordedAt, DateTimeKind.Utc),
        People: entity.Items.OrderBy(i => i.Position).Select(i => new ItemPerson(i.PersonId, i.PersonReason)).ToList());
}
