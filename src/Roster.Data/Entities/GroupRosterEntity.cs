using Roster.Domain.Groups;

namespace Roster.Data.Entities;

/// <summary>A stored roster version of a group. Never updated or deleted once committed.</summary>
public sealed class GroupRosterEntity
{
    public long Id { get; set; }
    /// <summary>The group (an organisation of a group kind).</summary>
    public long GroupId { get; set; }
    public OrganizationEntity Group { get; set; } = null!;
    public GroupKind Kind { get; set; }
    /// <summary>Canonical document number of the notice; unique with the group.</summary>
    public required string SourceDocument { get; set; }
    public required string Issuer { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string? OfficeAt { get; set; }
    public string? SourceGazette { get; set; }
    public int? SourceLineStart { get; set; }
    public int? SourceLineEnd { get; set; }
    public string? SubmittedBy { get; set; }
    /// <summary>Server time of the commit, UTC.</summary>
    public DateTime RecordedAt { get; set; }
    public List<SeatEntity> Seats { get; set; } = [];
}

/// <summary>A stored seat of a roster version.</summary>
public sealed class SeatEntity
{
    public long Id { get; set; }
    public long RosterId { get; set; }
    public GroupRosterEntity Roster { get; set; } = null!;
    public int Position { get; set; }
    public required string Role { get; set; }
    public SeatHolderKind HolderKind { get; set; }
    public long? PersonId { get; set; }
    public PersonEntity? Person { get; set; }
    /// <summary>Why the mention resolved to its person (docs/identity.md).</summary>
    public global::Roster.Domain.People.MentionReason PersonReason { get; set; } = global::Roster.Domain.People.MentionReason.Migrated;
    public string? TitleText { get; set; }
    public string? ExOfficio { get; set; }
    public string? MemberUnit { get; set; }
    /// <summary>Canonical organisation of a member unit.</summary>
    public string? Organization { get; set; }
    public bool Concurrent { get; set; }
}

/// <summary>A stored attestation: a roster's title text shows the person in the post on the roster's date.</summary>
public sealed class AttestationEntity
{
    public long Id { get; set; }
    public long RosterId { get; set; }
    public GroupRosterEntity Roster { get; set; } = null!;
    public int Position { get; set; }
    public long PostId { get; set; }
    public PostEntity Post { get; set; } = null!;
    public long PersonId { get; set; }
    public PersonEntity Person { get; set; } = null!;
    /// <summary>Why the mention resolved to its person (docs/identity.md).</summary>
    public global::Roster.Domain.People.MentionReason PersonReason { get; set; } = global::Roster.Domain.People.MentionReason.Migrated;
    public DateOnly AttestedOn { get; set; }
}

/// <summary>A stored portfolio (分管) of a vice-mayor.</summary>
public sealed class PortfolioEntity
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public PersonEntity Person { get; set; } = null!;
    /// <summary>The areas, joined by 、.</summary>
    public required string Areas { get; set; }
    public DateOnly FromOn { get; set; }
    public DateOnly? ToOn { get; set; }
    public string? Source { get; set; }
    /// <summary>The government whose deputy holds the portfolio (canonical); null for rows recorded before it was kept.</summary>
    public string? Government { get; set; }
    public DateTime RecordedAt { get; set; }
}
