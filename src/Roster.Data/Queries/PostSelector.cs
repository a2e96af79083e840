using Roster.Domain.Posts;

namespace Roster.Data.Queries;

/// <summary>Which posts of an organisation a question is about: one title, or every post of a rank.</summary>
public sealed record PostSelector(string? Title, PostRank? Rank)
{
    /// <summary>The posts titled <paramref name="title"/>.</summary>
    public static PostSelector ByTitle(string title) => new(title, null);

    /// <summary>The posts of <paramref name="rank"/> (HEAD: 局长 of a 局; DEPUTY: 副局长, 常务副局长…).</summary>
    public static PostSelector ByRank(PostRank rank) => new(null, rank);

    /// <summary>E.g. <c>支队长</c> or <c>HEAD</c>.</summary>
    public override string ToString() => Title ?? Rank.ToString()!.ToUpperInvariant();
}
