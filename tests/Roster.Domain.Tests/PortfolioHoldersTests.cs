using Roster.Domain.Groups;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>Who fills a portfolio seat (<see cref="PortfolioHolders"/>): a portfolio of the government of the roster issuer's
/// jurisdiction, its title from the tables (seed/aliases.yaml, seed/organization-kinds.yaml).</summary>
public sealed class PortfolioHoldersTests
{
    private const string Issuer = "阳泉市人民政府办公室";
    private static readonly DateOnly On = new(2022, 2, 1);

    private static readonly Portfolio LiSi = new("李四", ["能源", "工业"], new DateOnly(2022, 1, 1), null, "市政府分工", "阳泉市人民政府");

    [Fact]
    public void The_vice_mayor_of_Yangquan_in_charge_of_energy_fills_a_Yangquan_energy_seat_as_the_tables_title_him()
    {
        var answer = PortfolioHolders.On("能源", Issuer, On, [LiSi], SeedFacts.Tables);

        Assert.Equal(Coverage.Held, answer.Coverage);
        var holder = Assert.Single(answer.Holders);
        Assert.Equal(("李四", new Post("阳泉市人民政府", "副市长", PostRank.Deputy), new DateOnly(2022, 1, 1), "市政府分工"),
            (holder.Person, holder.Post, holder.KnownSince, holder.StartedBy));
    }

    [Fact]
    public void Another_citys_vice_mayor_in_charge_of_energy_never_fills_a_Yangquan_seat()
    {
        var taiyuan = LiSi with { Person = "赵六", Government = "太原市人民政府" };
        var unplaced = LiSi with { Person = "钱七", Government = null };

        var answer = PortfolioHolders.On("能源", Issuer, On, [taiyuan, unplaced], SeedFacts.Tables);

        Assert.Equal((Coverage.Unknown, 0), (answer.Coverage, answer.Holders.Count));
        Assert.Equal(["李四"], PortfolioHolders.On("能源", Issuer, On, [taiyuan, LiSi, unplaced], SeedFacts.Tables).Holders.Select(h => h.Person));
    }

    [Fact]
    public void A_portfolio_not_running_on_the_date_or_of_another_area_fills_nothing()
    {
        var ended = LiSi with { ToOn = new DateOnly(2022, 2, 1) };

        Assert.Empty(PortfolioHolders.On("能源", Issuer, On, [ended], SeedFacts.Tables).Holders);
        Assert.Empty(PortfolioHolders.On("教育", Issuer, On, [LiSi], SeedFacts.Tables).Holders);
    }

    [Fact]
    public void The_government_of_an_issuer_comes_from_the_alias_table_and_an_unknown_issuer_has_none()
    {
        Assert.Equal("阳泉市人民政府", PortfolioHolders.GovernmentOf("阳泉市人民政府办公室", SeedFacts.Tables));
        Assert.Null(PortfolioHolders.GovernmentOf("太原市人民政府", SeedFacts.Tables));
        Assert.Equal(Coverage.Unknown, PortfolioHolders.On("能源", "太原市人民政府", On, [LiSi with { Government = "太原市人民政府" }], SeedFacts.Tables).Coverage);
    }

    [Fact]
    public void A_portfolio_without_a_government_is_invalid_on_that_field()
    {
        Assert.Empty(LiSi.Violations());
        Assert.Equal(["portfolio.government"], (LiSi with { Government = " " }).Violations().Select(v => v.Field));
    }
}
