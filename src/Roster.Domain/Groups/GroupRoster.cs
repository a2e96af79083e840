using Roster.Domain.Names;
using Roster.Domain.Orders;

namespace Roster.Domain.Groups;

/// <summary>
/// One roster version of a group (docs/model.md): from an establishing or adjusting notice, in force from
/// <see cref="EffectiveOn"/> until the next version of the same group; it replaces the whole previous roster.
/// </summary>
public sealed record GroupRoster
{
    /// <summary>Canonical group name, e.g. <c>阳泉市大面积停电事件应急指挥部</c>.</summary>
    public required string Group { get; init; }
    /// <summary>领导小组 or 指挥部, from the organisation-kind table.</summary>
    public required GroupKind Kind { get; init; }
    /// <summary>The notice that sets this roster, e.g. <c>阳政办函〔2022〕26号</c>. With <see cref="Group"/>, the identity of the version.</summary>
    public required DocumentNumber SourceDocument { get; init; }
    /// <summary>Issuing office; "市…" names in the roster resolve against its jurisdiction.</summary>
    public required string Issuer { get; init; }
    /// <summary>First day the roster is in force (the notice's date).</summary>
    public required DateOnly EffectiveOn { get; init; }
    /// <summary>办公室设在…: the unit hosting the group's office, as printed; null when not printed.</summary>
    public string? OfficeAt { get; init; }
    /// <summary>The seats in printed order.</summary>
    public required IReadOnlyList<Seat> Seats { get; init; }
    /// <summary>Where the roster was read (gazette and lines) or who submitted it; not part of the content.</summary>
    public OrderSource Source { get; init; } = OrderSource.None;

    /// <summary>True when both versions say the same thing (everything but <see cref="Source"/>).</summary>
    public bool HasSameContentAs(GroupRoster other) =>
        Group == other.Group && Kind == other.Kind && SourceDocument == other.SourceDocument && Issuer == other.Issuer
        && EffectiveOn == other.EffectiveOn && OfficeAt == other.OfficeAt && Seats.Select(s => s.Content).SequenceEqual(other.Seats.Select(s => s.Content));
}
