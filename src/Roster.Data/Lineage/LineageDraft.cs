using Roster.Domain.Lineage;

namespace Roster.Data.Lineage;

/// <summary>A lineage event as a caller asks to record it, organisations by name (any name they bore) or id.</summary>
/// <param name="Organization">The organisation: a name (compacted, resolved) or an id.</param>
/// <param name="Kind">What happened.</param>
/// <param name="EffectiveOn">The day it took effect.</param>
/// <param name="NewName">RENAMED: the new name (compacted).</param>
/// <param name="RelatedOrganization">MERGED_INTO / SPLIT_FROM: the other organisation, by name or id.</param>
/// <param name="Source">A document number, "seed file" or the recording office or key.</param>
/// <param name="Issuer">The office that decided it, if known.</param>
/// <param name="SubmittedBy">The office or key recording it.</param>
public sealed record LineageDraft(OrganizationRef Organization, LineageKind Kind, DateOnly EffectiveOn, string? NewName,
    OrganizationRef? RelatedOrganization, string Source, string? Issuer, string? SubmittedBy);

/// <summary>An organisation as a request names it: by id (<c>organizations/7</c>) or by a name it bore.</summary>
public sealed record OrganizationRef(long? Id, string? Name)
{
    /// <summary>How the request wrote it, for messages.</summary>
    public override string ToString() => Id is { } id ? $"organizations/{id}" : Name ?? "";
}
