namespace Roster.Domain.Posts;

/// <summary>A post (职务): an organisation (canonical name) plus a title, with the rank the title has there.</summary>
public sealed record Post(string Organization, string Title, PostRank Rank)
{
    /// <summary>The post as printed in gazettes, e.g. <c>阳泉市公安局局长</c>.</summary>
    public override string ToString() => Organization + Title;
}
