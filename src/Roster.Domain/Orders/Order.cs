using Roster.Domain.Names;
using Roster.Domain.Posts;
using Roster.Domain.Time;

namespace Roster.Domain.Orders;

/// <summary>
/// A validated appointment and removal order (任免通知) in canonical form: canonical document number,
/// names and organisations, a title, and an effective date (explicit, else the decision date, else the
/// issue date; docs/model.md). Immutable: corrections are new orders.
/// </summary>
public sealed record Order
{
    /// <summary>Canonical document number; unique among stored orders.</summary>
    public required DocumentNumber DocumentNumber { get; init; }
    /// <summary>Issuing office.</summary>
    public required string Issuer { get; init; }
    /// <summary>Title as printed, or derived by <see cref="OrderTitle.For"/>.</summary>
    public required string Title { get; init; }
    /// <summary>Deciding body, if known.</summary>
    public string? DecisionBody { get; init; }
    /// <summary>Decision date, if known.</summary>
    public DateOnly? DecidedOn { get; init; }
    /// <summary>Issue date, if known.</summary>
    public DateOnly? IssuedOn { get; init; }
    /// <summary>The first day on which the order holds.</summary>
    public required DateOnly EffectiveOn { get; init; }
    /// <summary>How much of <see cref="EffectiveOn"/> is known (the day unless the order gives only a month or a year, e.g.
    /// 2021年3月任命); with month or year, <see cref="EffectiveOn"/> is the first day of the span (docs/time.md).</summary>
    public DatePrecision EffectivePrecision { get; init; }
    /// <summary>Items in printed order; empty only for a revocation.</summary>
    public required IReadOnlyList<OrderItem> Items { get; init; }
    /// <summary>The earlier order this one revokes or amends; null for an ordinary order.</summary>
    public Correction? Corrects { get; init; }
    /// <summary>Where it came from (not content).</summary>
    public OrderSource Source { get; init; } = OrderSource.None;

    /// <summary>The order with each item's organisation named as <paramref name="currentNames"/> maps it (a name a recorded
    /// rename took from a record, to the name that record bears now: the same body, docs/identity.md); itself when none is mapped.</summary>
    public Order WithOrganizationsNamed(IReadOnlyDictionary<string, string> currentNames) =>
        !Items.Any(i => currentNames.ContainsKey(i.Post.Organization)) ? this : this with
        {
            Items = Items.Select(i => currentNames.TryGetValue(i.Post.Organization, out var current)
                ? i with { Post = i.Post with { Organization = current } } : i).ToList(),
        };

    /// <summary>True when both orders say the same thing: every field but <see cref="Source"/>.
    /// Resubmitting the same content is idempotent; different content under one number is a conflict.</summary>
    public bool HasSameContentAs(Order other) =>
        DocumentNumber == other.DocumentNumber && Issuer == other.Issuer && Title == other.Title
        && DecisionBody == other.DecisionBody && DecidedOn == other.DecidedOn && IssuedOn == other.IssuedOn
        && EffectiveOn == other.EffectiveOn && EffectivePrecision == other.EffectivePrecision && Corrects == other.Corrects && Items.SequenceEqual(other.Items);
}

/// <summary>One validated item: a person, a post, an action and its flags.</summary>
/// <param name="Position">Zero-based position in the order.</param>
/// <param name="Action">What it does.</param>
/// <param name="Person">Canonical person name.</param>
/// <param name="Post">The post, with canonical organisation name and rank.</param>
/// <param name="Probation">Probation period, for appointments.</param>
/// <param name="RetainsRank">保留原职级待遇.</param>
/// <param name="Concurrent">兼.</param>
/// <param name="Acting">代理 / 主持工作.</param>
/// <param name="Note">Free text.</param>
/// <param name="NamedPerson">The person id the submitter named (<c>people/{id}</c>), which wins over every resolution rule
/// (docs/identity.md); null when the name is left to the rules.</param>
public sealed record OrderItem(int Position, OrderAction Action, string Person, Post Post, Period? Probation,
    bool RetainsRank, bool Concurrent, bool Acting, string? Note, People.PersonId? NamedPerson = null);
