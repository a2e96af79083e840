using Roster.Domain.Posts;

namespace Roster.Data.Entities;

/// <summary>A stored post: organisation plus title, with its rank.</summary>
public sealed class PostEntity
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public OrganizationEntity Organization { get; set; } = null!;
    public required string Title { get; set; }
    public PostRank Rank { get; set; }
}
