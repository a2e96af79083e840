using System.Text.RegularExpressions;
using Roster.Domain.Posts;
using Roster.Domain.Reference;

namespace Roster.Domain.Groups;

/// <summary>
/// What an ex-officio seat's text points at (docs/model.md, groups): "X局局长", "X主要负责人" and "X局长兼任" are the HEAD of X
/// (any head title of its kind); another title ("市公安局副局长") is that exact post; "市政府分管X工作的副市长" is whoever
/// holds the portfolio X; anything else cannot be resolved and is answered UNKNOWN with its text.
/// </summary>
public sealed partial record ExOfficioPost
{
    /// <summary>The organisation whose post it is (canonical); null for a portfolio or an unresolvable text.</summary>
    public string? Organization { get; init; }
    /// <summary>The exact title, or null for "any HEAD title of the organisation".</summary>
    public string? Title { get; init; }
    /// <summary>The portfolio area (能源, 规划和自然资源局) of "分管…工作的副市长"; null otherwise.</summary>
    public string? PortfolioArea { get; init; }

    /// <summary>True when the text names neither a post nor a portfolio.</summary>
    public bool Unresolvable => Organization is null && PortfolioArea is null;

    /// <summary>Human description: "HEAD of 阳泉市能源局", "阳泉市公安局副局长", "portfolio 能源" or "unresolvable".</summary>
    public string Basis => PortfolioArea is { } area ? $"portfolio {area}"
        : Organization is null ? "unresolvable"
        : Title is null ? $"HEAD of {Organization}" : Organization + Title;

    /// <summary>Reads a printed ex-officio text ("由" and "兼任" are stripped) in the issuer's jurisdiction.</summary>
    public static ExOfficioPost Parse(string text, string? issuer, ReferenceTables tables)
    {
        var compact = RosterValidator.StripConcurrent(text) ?? "";
        if (Portfolio().Match(compact) is { Success: true } m) return new ExOfficioPost { PortfolioArea = m.Groups["area"].Value };
        if (compact.EndsWith(HeadPhrase, StringComparison.Ordinal) && compact.Length - HeadPhrase.Length >= TitleEvidence.MinOrganizationLength)
        {
            var organization = tables.Names.Resolve(compact[..^HeadPhrase.Length], issuer);
            return tables.Kinds.KindOf(organization) is null ? new ExOfficioPost() : new ExOfficioPost { Organization = organization };
        }
        if (TitleEvidence.Resolve(compact, issuer, tables) is { } post)
        {
            return new ExOfficioPost { Organization = post.Organization, Title = post.Rank == PostRank.Head ? null : post.Title };
        }
        return new ExOfficioPost();
    }

    /// <summary>主要负责人: the head of an organisation, whatever its head title.</summary>
    public const string HeadPhrase = "主要负责人";

    [GeneratedRegex("^(?:市政府|市人民政府)?分管(?<area>.+?)工作的副市长$")]
    private static partial Regex Portfolio();
}
