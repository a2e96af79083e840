using Roster.Domain.Posts;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary><see cref="OrganizationKindTable"/> over the shipped table (seed/organization-kinds.yaml; docs/model.md).</summary>
public sealed class OrganizationKindTableTests
{
    private static OrganizationKindTable Kinds => SeedFacts.Tables.Kinds;

    [Theory]
    [InlineData("阳泉市公安局国内安全保卫支队支队长", "阳泉市公安局国内安全保卫支队", "支队长")]
    [InlineData("阳泉市公安局副局长", "阳泉市公安局", "副局长")]
    [InlineData("阳泉市公安局常务副局长", "阳泉市公安局", "常务副局长")]
    [InlineData("阳泉市公安局局长", "阳泉市公安局", "局长")]
    [InlineData("阳泉市残疾人联合会副理事长", "阳泉市残疾人联合会", "副理事长")]
    [InlineData("阳泉市博物馆馆长", "阳泉市博物馆", "馆长")]
    [InlineData("阳泉市档案馆副馆长", "阳泉市档案馆", "副馆长")]
    [InlineData("盂县经济技术开发区管委会主任", "盂县经济技术开发区管委会", "主任")]
    [InlineData("阳泉高新技术产业园区管理服务中心主任", "阳泉高新技术产业园区管理服务中心", "主任")]
    [InlineData("阳泉市人民政府副市长", "阳泉市人民政府", "副市长")]
    public void Printed_post_splits_into_organisation_and_title(string post, string organization, string title)
    {
        Assert.Equal((organization, title), Kinds.Split(post));
    }

    [Theory]
    [InlineData("局长")]              // a title with no organisation
    [InlineData("靳润喜")]
    [InlineData("阳泉市公安局")]      // an organisation with no title
    [InlineData("")]
    public void Text_that_is_not_organisation_plus_title_does_not_split(string text)
    {
        Assert.Null(Kinds.Split(text));
    }

    [Theory]
    [InlineData("阳泉市公安局", "局长", PostRank.Head)]
    [InlineData("阳泉市公安局国内安全保卫支队", "支队长", PostRank.Head)]
    [InlineData("盂县经济技术开发区管委会", "主任", PostRank.Head)]
    [InlineData("阳泉高新技术产业园区管理服务中心", "主任", PostRank.Head)]
    [InlineData("阳泉市残疾人联合会", "理事长", PostRank.Head)]
    [InlineData("阳泉市发展和改革委员会", "主任", PostRank.Head)]
    [InlineData("阳泉市大面积停电事件应急指挥部", "指挥长", PostRank.Head)]
    [InlineData("阳泉市大面积停电事件应急指挥部", "总指挥", PostRank.Head)]
    [InlineData("阳泉市公安局", "副局长", PostRank.Deputy)]
    [InlineData("阳泉市公安局", "常务副局长", PostRank.Deputy)]
    [InlineData("阳泉市残疾人联合会", "副理事长", PostRank.Deputy)]
    [InlineData("阳泉市保护国家通信光缆安全领导小组", "副组长", PostRank.Deputy)]
    [InlineData("阳泉市保护国家通信光缆安全领导小组", "成员", PostRank.Member)]
    [InlineData("阳泉市博物馆", "馆长", PostRank.Head)]
    [InlineData("阳泉市图书馆", "馆长", PostRank.Head)]
    [InlineData("山西省档案馆", "馆长", PostRank.Head)]
    [InlineData("阳泉市百团大战纪念馆", "馆长", PostRank.Head)]
    [InlineData("阳泉市文化馆", "馆长", PostRank.Head)]
    [InlineData("阳泉市美术馆", "副馆长", PostRank.Deputy)]
    [InlineData("阳泉市图书馆", "常务副馆长", PostRank.Deputy)]
    [InlineData("阳泉市公安局", "政委", PostRank.Other)]
    [InlineData("阳泉市公安局", "主任", PostRank.Other)]       // 主任 heads a 委/办/中心/管委会, not a 局
    [InlineData("阳泉市残疾人联合会", "局长", PostRank.Other)]
    [InlineData("阳泉市公安局", "副", PostRank.Other)]         // a bare prefix is no deputy title
    public void Rank_of_a_title_depends_on_the_kind_of_organisation(string organization, string title, PostRank rank)
    {
        Assert.Equal(rank, Kinds.RankOf(organization, title));
    }

    [Theory]
    [InlineData("阳泉市公安局", "bureau")]
    [InlineData("阳泉市公安局国内安全保卫支队", "detachment")]
    [InlineData("盂县经济技术开发区管委会", "development_zone")]
    [InlineData("阳泉市残疾人联合会", "federation")]
    [InlineData("阳泉市发展和改革委员会", "commission")]
    [InlineData("阳泉市发改委", "commission")]
    [InlineData("阳泉市保护国家通信光缆安全领导小组", "leading_group")]
    public void Organisation_kind_is_read_from_how_its_name_ends(string organization, string kind)
    {
        Assert.Equal(kind, Kinds.KindOf(organization)?.Name);
    }

    [Fact]
    public void A_bare_suffix_is_no_organisation()
    {
        Assert.Null(Kinds.KindOf("局"));
        Assert.Empty(Kinds.HeadTitlesOf("靳润喜"));
    }

    [Theory]
    [InlineData("中华人民共和国驻法兰西共和国特命全权大使", "中华人民共和国驻法兰西共和国大使馆")]
    [InlineData("中华人民共和国驻新西兰特命全权大使", "中华人民共和国驻新西兰大使馆")]
    public void An_ambassadors_post_heads_the_embassy_it_implies(string post, string embassy)
    {
        Assert.Equal((embassy, "特命全权大使"), Kinds.Split(post));
        Assert.Equal(PostRank.Head, Kinds.RankOf(embassy, "特命全权大使"));
    }

    [Fact]
    public void An_ambassador_without_a_country_implies_no_embassy()
    {
        Assert.Null(Kinds.Split("中华人民共和国驻特命全权大使"));
        Assert.Null(Kinds.Split("某某特命全权大使"));
    }
}
