namespace Roster.Data.Entities;

/// <summary>
/// A stored person (docs/identity.md): a stable id, the canonical name its mentions write, and where it was first seen.
/// Names are not unique: two people of one name in two jurisdictions are two rows. A row merged into another by a document
/// linking their mentions keeps its id and redirects (<see cref="RedirectsToId"/>); merges by judgement are not written
/// here but derived from <see cref="JudgementEntity"/> rows.
/// </summary>
public sealed class PersonEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The jurisdiction of the person's first mention (<c>阳泉市</c>); null for people stored before ids were kept.</summary>
    public string? Jurisdiction { get; set; }
    /// <summary>The person a document link merged this one into; null while the person has mentions of its own.</summary>
    public long? RedirectsToId { get; set; }
}
