namespace Roster.Data.Entities;

/// <summary>An identifier another register gives a person or an organisation (docs/identity.md): exactly one of
/// <see cref="PersonId"/> and <see cref="OrganizationId"/> is set; (scheme, value) is unique. Never updated.</summary>
public sealed class ExternalIdentifierEntity
{
    public long Id { get; set; }
    public required string Scheme { get; set; }
    public required string Value { get; set; }
    public long? PersonId { get; set; }
    public long? OrganizationId { get; set; }
    /// <summary>The office or key that recorded it.</summary>
    public string? SubmittedBy { get; set; }
    /// <summary>Server time of the commit, UTC.</summary>
    public DateTime RecordedAt { get; set; }
}
