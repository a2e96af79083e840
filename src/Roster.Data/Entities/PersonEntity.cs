namespace Roster.Data.Entities;

/// <summary>A stored person, identified by canonical name.</summary>
public sealed class PersonEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
}
