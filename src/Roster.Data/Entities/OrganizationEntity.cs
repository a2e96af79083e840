namespace Roster.Data.Entities;

/// <summary>A stored organisation: canonical name, kind from the kind table, parent by name structure.</summary>
public sealed class OrganizationEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? Kind { get; set; }
    public long? ParentId { get; set; }
    public OrganizationEntity? Parent { get; set; }
}
