namespace Roster.Domain.Posts;

/// <summary>The rank of a post within its organisation (docs/model.md).</summary>
public enum PostRank
{
    /// <summary>主要负责人 / 正职: the title that heads that kind of organisation (局 -> 局长).</summary>
    Head = 1,
    /// <summary>副职: a head title with a deputy prefix (副局长, 常务副局长).</summary>
    Deputy = 2,
    /// <summary>成员 of a group.</summary>
    Member = 3,
    /// <summary>Any other title (政委, 总工程师…).</summary>
    Other = 4,
}
