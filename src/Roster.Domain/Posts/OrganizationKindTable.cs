namespace Roster.Domain.Posts;

/// <summary>
/// The organisation-kind table (docs/model.md): which kind a name is, which titles head it, and
/// how a printed post ("阳泉市公安局国内安全保卫支队支队长") splits into organisation and title.
/// Head titles come from this data, never from code branches.
/// </summary>
public sealed class OrganizationKindTable
{
    private readonly IReadOnlyList<OrganizationKind> _kinds;
    private readonly IReadOnlyList<string> _deputyPrefixes;
    private readonly IReadOnlyList<string> _memberTitles;
    private readonly string[] _titlesLongestFirst;
    private readonly IReadOnlyList<ImpliedOrganization> _implied;

    /// <summary>Builds the table.</summary>
    /// <param name="kinds">The kinds; a name takes the kind of its longest matching suffix.</param>
    /// <param name="deputyPrefixes">Prefixes that make a head title a deputy one (常务副, 副).</param>
    /// <param name="memberTitles">Titles of rank MEMBER (成员).</param>
    /// <param name="otherTitles">Further titles that may end a printed post (政委, 总工程师).</param>
    /// <param name="implied">Posts printed without their organisation's kind word (中华人民共和国驻法兰西共和国特命全权大使:
    /// the embassy, …大使馆, is implied); none when null.</param>
    public OrganizationKindTable(IReadOnlyList<OrganizationKind> kinds, IReadOnlyList<string> deputyPrefixes,
        IReadOnlyList<string> memberTitles, IReadOnlyList<string> otherTitles, IReadOnlyList<ImpliedOrganization>? implied = null)
    {
        _implied = implied ?? [];
        _kinds = kinds;
        _deputyPrefixes = deputyPrefixes;
        _memberTitles = memberTitles;
        var heads = kinds.SelectMany(k => k.HeadTitles).Distinct().ToList();
        _titlesLongestFirst = heads
            .Concat(heads.SelectMany(h => deputyPrefixes.Select(p => p + h)))
            .Concat(memberTitles).Concat(otherTitles)
            .Distinct().OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The kind of a canonical organisation name, or null when no suffix matches.</summary>
    public OrganizationKind? KindOf(string organization)
    {
        OrganizationKind? best = null;
        var bestLength = 0;
        foreach (var kind in _kinds)
        {
            foreach (var suffix in kind.Suffixes)
            {
                if (suffix.Length > bestLength && organization.Length > suffix.Length && organization.EndsWith(suffix, StringComparison.Ordinal))
                {
                    best = kind;
                    bestLength = suffix.Length;
                }
            }
        }
        return best;
    }

    /// <summary>The rank of <paramref name="title"/> in <paramref name="organization"/>: HEAD for the kind's head
    /// titles, DEPUTY for a deputy prefix (副, 常务副) before any title, MEMBER for 成员, else OTHER.</summary>
    public PostRank RankOf(string organization, string title)
    {
        var kind = KindOf(organization);
        if (kind is not null && kind.HeadTitles.Contains(title)) return PostRank.Head;
        foreach (var prefix in _deputyPrefixes)
        {
            if (title.Length > prefix.Length && title.StartsWith(prefix, StringComparison.Ordinal)) return PostRank.Deputy;
        }
        return _memberTitles.Contains(title) ? PostRank.Member : PostRank.Other;
    }

    /// <summary>The head titles of the kind of <paramref name="organization"/>
    /// (empty when the kind is not recognised).</summary>
    public IReadOnlyList<string> HeadTitlesOf(string organization) => KindOf(organization)?.HeadTitles ?? [];

    /// <summary>
    /// The parent organisation a name is built on: the longest proper prefix that is itself of a
    /// recognised kind and leaves at least two characters (阳泉市公安局国内安全保卫支队 -> 阳泉市公安局);
    /// null when there is none.
    /// </summary>
    public string? ParentOf(string organization)
    {
        for (var length = organization.Length - 2; length >= 2; length--)
        {
            var prefix = organization[..length];
            if (KindOf(prefix) is not null && KindOf(organization[length..]) is not null) return prefix;
        }
        return null;
    }

    /// <summary>
    /// Splits a printed post into organisation and title: the title is the longest known title that
    /// ends the text and leaves an organisation of a recognised kind; failing that, a title whose organisation is
    /// implied (an ambassador's post names the country, not the embassy). Returns null when no split does.
    /// </summary>
    public (string Organization, string Title)? Split(string post)
    {
        foreach (var title in _titlesLongestFirst)
        {
            if (post.Length <= title.Length || !post.EndsWith(title, StringComparison.Ordinal)) continue;
            var organization = post[..^title.Length];
            if (KindOf(organization) is not null) return (organization, title);
        }
        foreach (var rule in _implied)
        {
            if (post.Length <= rule.Title.Length || !post.EndsWith(rule.Title, StringComparison.Ordinal)) continue;
            var printed = post[..^rule.Title.Length];
            if (!printed.Contains(rule.Marker, StringComparison.Ordinal) || printed.EndsWith(rule.Marker, StringComparison.Ordinal)) continue;
            var organization = printed + rule.Suffix;
            if (KindOf(organization) is not null) return (organization, rule.Title);
        }
        return null;
    }
}
