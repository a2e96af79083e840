namespace Roster.Domain.Groups;

/// <summary>
/// One seat of a roster version: a role and exactly one holder (a person, an ex-officio post or a member unit).
/// </summary>
/// <param name="Position">Zero-based position in the roster as printed.</param>
/// <param name="Role">Seat role from <c>seed/group-roles.yaml</c>, e.g. <c>副组长</c>.</param>
/// <param name="Kind">Which holder the seat has.</param>
/// <param name="Person">Canonical person name (<see cref="SeatHolderKind.Person"/>).</param>
/// <param name="TitleText">Title text printed beside the name, e.g. <c>市规划和自然资源局局长</c>; known extraction errors fixed (孟县 -> 盂县).</param>
/// <param name="ExOfficio">The ex-officio post as printed, without 由/兼任 (<see cref="SeatHolderKind.ExOfficio"/>).</param>
/// <param name="MemberUnit">The member unit as printed, e.g. <c>市发改委</c> (<see cref="SeatHolderKind.MemberUnit"/>).</param>
/// <param name="Organization">Canonical organisation of a member unit (<c>阳泉市发展和改革委员会</c>); null otherwise.</param>
/// <param name="Concurrent">兼: the seat is held concurrently (办公室主任杜平华（兼）).</param>
public sealed record Seat(int Position, string Role, SeatHolderKind Kind, string? Person, string? TitleText,
    string? ExOfficio, string? MemberUnit, string? Organization, bool Concurrent)
{
    /// <summary>The holder as printed: the person (with title text), the ex-officio post or the unit.</summary>
    public string HolderText => Kind switch
    {
        SeatHolderKind.Person => TitleText is { Length: > 0 } t ? $"{Person} {t}" : Person!,
        SeatHolderKind.ExOfficio => ExOfficio!,
        _ => MemberUnit!,
    };

    /// <summary>The person a <see cref="SeatHolderKind.Person"/> seat resolved to when recorded (docs/identity.md); null for
    /// other seats and for a seat not yet recorded. Derived, not content: <see cref="Content"/> leaves it out.</summary>
    public People.PersonId? PersonId { get; init; }

    /// <summary>Why the seat's person resolved to <see cref="PersonId"/> (docs/identity.md); null with it.</summary>
    public People.MentionReason? PersonReason { get; init; }

    /// <summary>The seat as printed, without the derived person: what "the same roster again" compares.</summary>
    public Seat Content => this with { PersonId = null, PersonReason = null };
}
