using Roster.Domain.Orders;
using Roster.Domain.Time;

namespace Roster.Domain.Tests.Support;

/// <summary>Readable builders for hand-made order drafts (issuer 阳泉市人民政府, decided and issued on one date).</summary>
public static class Drafts
{
    /// <summary>The seed orders' issuer.</summary>
    public const string Issuer = "阳泉市人民政府";

    /// <summary>An order decided and issued on <paramref name="on"/> (ISO date), so effective then.</summary>
    public static OrderDraft Order(string documentNumber, string on, params OrderItemDraft[] items)
    {
        var date = CalendarDate.From(DateOnly.ParseExact(on, "yyyy-MM-dd"));
        return new OrderDraft
        {
            DocumentNumber = documentNumber,
            Issuer = Issuer,
            DecisionBody = "阳泉市人民政府常务会议",
            DecidedOn = date,
            IssuedOn = date,
            Items = items,
        };
    }

    /// <summary>任命 <paramref name="person"/> 为 <paramref name="organization"/><paramref name="title"/>.</summary>
    public static OrderItemDraft Appoint(string person, string organization, string title, string? probation = null) =>
        new() { Action = OrderAction.Appoint, Person = person, Organization = organization, Title = title, Probation = probation };

    /// <summary>免去 <paramref name="person"/> 的 <paramref name="organization"/><paramref name="title"/>职务.</summary>
    public static OrderItemDraft Remove(string person, string organization, string title, bool retainsRank = false) =>
        new() { Action = OrderAction.Remove, Person = person, Organization = organization, Title = title, RetainsRank = retainsRank };
}
