using Roster.Domain.Posts;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Domain.Groups;

/// <summary>
/// Who fills a portfolio seat ("市政府分管X工作的副市长", docs/model.md, groups): a roster's portfolio seat names a deputy of the
/// government of the roster issuer's jurisdiction (<c>government</c> in <c>seed/aliases.yaml</c>), so only that government's
/// portfolios fill it; another city's vice-mayor in charge of the same area never does. The holders' title is that government
/// kind's portfolio title (<c>portfolio</c> in <c>seed/organization-kinds.yaml</c>), never a word in code.
/// </summary>
public static class PortfolioHolders
{
    /// <summary>The government whose portfolios fill the portfolio seats of rosters of <paramref name="issuer"/>; null when the
    /// tables know no jurisdiction or government for it.</summary>
    public static string? GovernmentOf(string? issuer, ReferenceTables tables) => tables.Names.JurisdictionOf(issuer)?.Government;

    /// <summary>The officeholders of the seat for <paramref name="area"/> of a roster of <paramref name="issuer"/> on
    /// <paramref name="asOf"/>: each person whose portfolio of that government runs on the date and covers the area, as a tenure
    /// of the portfolio's post over the portfolio's dates (HELD); UNKNOWN with none when no portfolio fills it or the tables name
    /// no government or portfolio title for the issuer's jurisdiction.</summary>
    public static Officeholders On(string area, string issuer, DateOnly asOf, IEnumerable<Portfolio> portfolios, ReferenceTables tables)
    {
        var government = GovernmentOf(issuer, tables);
        if (government is null || tables.Kinds.KindOf(government)?.PortfolioTitle is not { } title) return new Officeholders(asOf, Coverage.Unknown, []);
        var post = new Post(government, title, tables.Kinds.RankOf(government, title));
        var holders = portfolios.Where(p => p.Government == government && p.RunsOn(asOf) && p.Covers(area))
            .Select(p => new Tenure
            {
                Person = p.Person,
                Post = post,
                StartOn = p.FromOn,
                KnownSince = p.FromOn,
                EndOn = p.ToOn,
                StartedBy = p.Source,
            }).ToList();
        return new Officeholders(asOf, holders.Count > 0 ? Coverage.Held : Coverage.Unknown, holders);
    }
}
