using Roster.Domain.Orders;
using Roster.Domain.Time;

namespace Roster.Domain.Groups;

/// <summary>A roster as received (API, CLI or gazette parser), before <see cref="RosterValidator"/> checks it.</summary>
public sealed record RosterDraft
{
    /// <summary>Group name as printed; "市…" resolves against the issuer.</summary>
    public string? Group { get; init; }
    /// <summary>Document number of the establishing or adjusting notice.</summary>
    public string? SourceDocument { get; init; }
    /// <summary>Issuing office.</summary>
    public string? Issuer { get; init; }
    /// <summary>First day in force.</summary>
    public CalendarDate? EffectiveOn { get; init; }
    /// <summary>办公室设在….</summary>
    public string? OfficeAt { get; init; }
    /// <summary>Seats in printed order.</summary>
    public IReadOnlyList<SeatDraft> Seats { get; init; } = [];
    /// <summary>Where it came from.</summary>
    public OrderSource Source { get; init; } = OrderSource.None;
}

/// <summary>One seat as received: a role and exactly one of person, ex-officio post or member unit.</summary>
public sealed record SeatDraft
{
    /// <summary>Seat role as printed ("组 长" is accepted).</summary>
    public string? Role { get; init; }
    /// <summary>Person's name.</summary>
    public string? Person { get; init; }
    /// <summary>Title text printed beside the person's name.</summary>
    public string? TitleText { get; init; }
    /// <summary>Ex-officio post, e.g. <c>市能源局主要负责人</c>; "由…兼任" is stripped.</summary>
    public string? ExOfficio { get; init; }
    /// <summary>Member unit, e.g. <c>市公安局</c>.</summary>
    public string? MemberUnit { get; init; }
    /// <summary>兼.</summary>
    public bool Concurrent { get; init; }
}
