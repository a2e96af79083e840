using Roster.Domain.Names;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary><see cref="OrganizationNameResolver"/> over the shipped alias table (seed/aliases.yaml; docs/normalisation.md).</summary>
public sealed class OrganizationNameResolverTests
{
    private const string Yangquan = "阳泉市人民政府";
    private static OrganizationNameResolver Names => SeedFacts.Tables.Names;

    [Theory]
    [InlineData("市公安局", "阳泉市公安局")]                                   // 市… within 阳泉市
    [InlineData("孟县经济技术开发区管委会", "盂县经济技术开发区管委会")]       // order 4 as extracted (line 2575)
    [InlineData("市规自局", "阳泉市规划和自然资源局")]                         // an abbreviation, then 市…
    [InlineData("市卫健委", "阳泉市卫生健康委员会")]
    [InlineData("市公安局经文保支队", "阳泉市公安局经济文化保卫支队")]
    [InlineData("市市场监管局", "阳泉市市场监督管理局")]
    [InlineData("阳泉市公安局", "阳泉市公安局")]                               // already canonical
    [InlineData("阳泉高新技术产业园区管理服务中心", "阳泉高新技术产业园区管理服务中心")]
    [InlineData("市 公安局", "阳泉市公安局")]
    [InlineData("", "")]
    public void Printed_name_in_a_Yangquan_order_resolves_to_the_canonical_name(string printed, string canonical)
    {
        Assert.Equal(canonical, Names.Resolve(printed, Yangquan));
    }

    [Fact]
    public void Every_issuer_of_Yangquan_resolves_city_names_the_same_way()
    {
        Assert.Equal("阳泉市公安局", Names.Resolve("市公安局", "阳泉市人民政府办公室"));
        Assert.Equal("阳泉市公安局", Names.Resolve("市公安局", "阳泉市人民代表大会常务委员会"));
    }

    [Fact]
    public void Without_an_issuer_a_name_is_resolved_in_the_jurisdiction_it_starts_with()
    {
        Assert.Equal("阳泉市规划和自然资源局", Names.Resolve("阳泉市规自局", null));
        // 市… alone names no jurisdiction; a deployment whose table has one jurisdiction reads it there.
        Assert.Equal("阳泉市公安局", Names.Resolve("市公安局", null));
    }

    [Fact]
    public void Without_an_issuer_and_with_several_jurisdictions_a_bare_city_form_is_left_as_printed()
    {
        var two = new OrganizationNameResolver([
            new JurisdictionAliases("阳泉市", ["阳泉市人民政府"], []),
            new JurisdictionAliases("太原市", ["太原市人民政府"], []),
        ]);
        Assert.Equal("市公安局", two.Resolve("市公安局", null));
        Assert.Equal("太原市公安局", two.Resolve("市公安局", "太原市人民政府"));
    }

    [Fact]
    public void The_孟县_fix_holds_only_in_Yangquan()
    {
        // 孟县 is a real county in Henan: outside Yangquan the name is left as printed.
        Assert.Equal("孟县经济技术开发区管委会", Names.Resolve("孟县经济技术开发区管委会", "焦作市人民政府"));
    }

    [Fact]
    public void Issuer_belongs_to_the_jurisdiction_listing_it()
    {
        Assert.Equal("阳泉市", Names.JurisdictionOf(Yangquan)?.Name);
        Assert.Equal("阳泉市", Names.JurisdictionOf("阳泉市人民政府办公室")?.Name);
        Assert.Null(Names.JurisdictionOf("焦作市人民政府"));
        Assert.Null(Names.JurisdictionOf(null));
    }

    [Theory]
    [InlineData("市财政局", "太原市人民政府", "太原市财政局")]
    [InlineData("市财政局", "晋中市人民政府", "晋中市财政局")]
    [InlineData("县教育科技局", "平定县人民政府", "平定县教育科技局")]
    [InlineData("省财政厅", "山西省人民政府", "山西省财政厅")]
    [InlineData("区教育局", "阳泉市郊区人民政府", "阳泉市郊区教育局")]
    [InlineData("市教育局", "阳泉市郊区人民政府", "阳泉市教育局")]
    [InlineData("市委组织部", "中共太原市委", "太原市委组织部")]
    [InlineData("太原市财政局", "太原市人民政府", "太原市财政局")]
    public void An_issuer_the_alias_table_does_not_list_qualifies_names_with_the_place_its_name_states(string printed, string issuer, string canonical)
    {
        Assert.Equal(canonical, Names.Resolve(printed, issuer));
    }

    [Fact]
    public void The_same_city_form_in_two_unlisted_cities_is_two_organisations()
    {
        Assert.NotEqual(Names.Resolve("市财政局", "太原市人民政府"), Names.Resolve("市财政局", "晋中市人民政府"));
        Assert.Equal("阳泉市财政局", Names.Resolve("市财政局", Yangquan));
    }

    [Theory]
    [InlineData("市教育局", "平定县人民政府")]   // a county names no city: 市… is not guessed
    [InlineData("区教育局", "太原市人民政府")]   // nor a district of a city's order
    [InlineData("县教育局", "阳泉市人民政府")]   // nor a county of the alias table's city
    [InlineData("市财政局", "国务院")]
    public void A_level_the_issuer_does_not_state_is_left_as_printed(string printed, string issuer)
    {
        Assert.Equal(printed, Names.Resolve(printed, issuer));
    }
}
