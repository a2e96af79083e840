using Roster.Domain.Lineage;

namespace Roster.Data.Entities;

/// <summary>A recorded lineage event of an organisation (docs/identity.md, organisations): never updated or deleted.</summary>
public sealed class LineageEventEntity
{
    public long Id { get; set; }
    /// <summary>The organisation it happened to.</summary>
    public long OrganizationId { get; set; }
    public LineageKind Kind { get; set; }
    /// <summary>The day it took effect.</summary>
    public DateOnly EffectiveOn { get; set; }
    /// <summary>RENAMED: the name borne before the date.</summary>
    public string? FormerName { get; set; }
    /// <summary>RENAMED: the name borne from the date; ESTABLISHED: the name set up under.</summary>
    public string? NewName { get; set; }
    /// <summary>MERGED_INTO: the organisation merged into; SPLIT_FROM: the one split from.</summary>
    public long? RelatedId { get; set; }
    /// <summary>A document number, "seed file", or the office or key that called RecordLineage.</summary>
    public required string Source { get; set; }
    /// <summary>The office that decided it (an order's issuer); null for the seed file.</summary>
    public string? Issuer { get; set; }
    /// <summary>The office or key that recorded it.</summary>
    public string? SubmittedBy { get; set; }
    /// <summary>Server time of the commit, UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>The domain's view of the row.</summary>
    public LineageEvent ToDomain() => new(OrganizationId, Kind, EffectiveOn, Source, FormerName, NewName, RelatedId);
}
