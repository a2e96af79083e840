using Roster.Domain.Time;

namespace Roster.Domain.Orders;

/// <summary>
/// An order as received from a client or read by the gazette parser, before validation: names as
/// printed, dates as received (possibly impossible), an action possibly unknown (null).
/// <see cref="OrderValidator"/> turns it into an <see cref="Order"/> or reports every fault.
/// </summary>
public sealed record OrderDraft
{
    /// <summary>Document number in any accepted spelling.</summary>
    public string? DocumentNumber { get; init; }
    /// <summary>Issuing office, e.g. 阳泉市人民政府.</summary>
    public string? Issuer { get; init; }
    /// <summary>Printed title; derived from the items when absent.</summary>
    public string? Title { get; init; }
    /// <summary>Deciding body, e.g. 阳泉市人民政府常务会议.</summary>
    public string? DecisionBody { get; init; }
    /// <summary>Decision date.</summary>
    public CalendarDate? DecidedOn { get; init; }
    /// <summary>Issue date (成文日期).</summary>
    public CalendarDate? IssuedOn { get; init; }
    /// <summary>Explicit effective date ("自X起"), if printed.</summary>
    public CalendarDate? EffectiveOn { get; init; }
    /// <summary>Items in printed order.</summary>
    public IReadOnlyList<OrderItemDraft> Items { get; init; } = [];
    /// <summary>The earlier order this one revokes or amends, if any.</summary>
    public CorrectionDraft? Corrects { get; init; }
    /// <summary>Where it came from.</summary>
    public OrderSource Source { get; init; } = OrderSource.None;
}

/// <summary>One item of an <see cref="OrderDraft"/>, as received.</summary>
public sealed record OrderItemDraft
{
    /// <summary>The action; null when the client sent none or one Roster does not know.</summary>
    public OrderAction? Action { get; init; }
    /// <summary>Person as printed.</summary>
    public string? Person { get; init; }
    /// <summary>The person's id (<c>people/{id}</c>) when the submitter names it; null or empty to let the rules resolve the
    /// name (docs/identity.md).</summary>
    public string? PersonId { get; init; }
    /// <summary>Organisation as printed.</summary>
    public string? Organization { get; init; }
    /// <summary>Title as printed.</summary>
    public string? Title { get; init; }
    /// <summary>Probation as an ISO 8601 period (<c>P1Y</c>), or null/empty.</summary>
    public string? Probation { get; init; }
    /// <summary>保留原职级待遇.</summary>
    public bool RetainsRank { get; init; }
    /// <summary>兼.</summary>
    public bool Concurrent { get; init; }
    /// <summary>代理 / 主持工作.</summary>
    public bool Acting { get; init; }
    /// <summary>Free text printed with the item.</summary>
    public string? Note { get; init; }
}
