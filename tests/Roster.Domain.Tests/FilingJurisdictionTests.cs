using Roster.Domain.Errors;
using Roster.Domain.Filing;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>Writes across jurisdictions (<see cref="FilingRules"/>, <see cref="OrganizationJurisdiction"/>), decided without a
/// database: a clerk of 太原市人民政府 files no order about 阳泉市公安局 and records no lineage of it; a province's or an unknown
/// office's clerk is not refused by guesswork; editors and admins are never refused.</summary>
public sealed class FilingJurisdictionTests
{
    private static readonly Filer TaiyuanClerk = new("太原市人民政府", OwnOfficeOnly: true);
    private static readonly Filer YangquanClerk = new("阳泉市人民政府", OwnOfficeOnly: true);

    /// <summary>An order of <paramref name="issuer"/> removing 米炳生 as head of <paramref name="organization"/> (as printed).</summary>
    private static Order Removal(string issuer, string organization) => new OrderValidator(SeedFacts.Tables).Validate(
        Drafts.Order("并政任字〔2022〕8号", "2023-02-01", Drafts.Remove("米炳生", organization, "局长")) with { Issuer = issuer });

    [Fact]
    public void A_bare_city_name_in_a_Taiyuan_order_is_not_read_as_Yangquans() =>
        Assert.NotEqual("阳泉市公安局", Removal("太原市人民政府", "市公安局").Items[0].Post.Organization);

    [Theory]
    [InlineData("阳泉市公安局", "阳泉市")]
    [InlineData("阳泉市公安局国内安全保卫支队", "阳泉市")]
    [InlineData("广州市公安局", "广州市")]
    [InlineData("贵州省公安厅", "贵州省")]
    [InlineData("盂县经济技术开发区管委会", "盂县")]
    [InlineData("中共太原市委组织部", "太原市")]
    [InlineData("市公安局", null)]
    [InlineData("国务院", null)]
    [InlineData("国家市场监督管理总局", null)]
    [InlineData("城市管理局", null)]
    [InlineData("阳泉经济技术开发区管委会", null)]
    public void The_place_an_organisation_name_begins_with(string organization, string? place) =>
        Assert.Equal(place, OrganizationJurisdiction.LeadingPlace(organization));

    [Theory]
    [InlineData("阳泉市公安局", "太原市", true)]
    [InlineData("中共阳泉市委组织部", "太原市", true)]
    [InlineData("太原市公安局", "太原市", false)]
    [InlineData("中共太原市委组织部", "太原市", false)]
    [InlineData("阳泉市公安局", "山西省", false)]
    [InlineData("盂县人民政府", "太原市", false)]
    [InlineData("阳泉市公安局", "国务院", false)]
    [InlineData("国家市场监督管理总局", "太原市", false)]
    [InlineData("平定县人民政府", "盂县", true)]
    public void Only_an_organisation_of_another_place_of_the_same_level_is_clearly_outside(string organization, string jurisdiction, bool outside) =>
        Assert.Equal(outside, OrganizationJurisdiction.IsClearlyOutside(organization, jurisdiction));

    [Fact]
    public void A_Taiyuan_clerks_order_removing_the_Yangquan_police_chief_is_denied_naming_the_item()
    {
        var order = Removal("太原市人民政府", "阳泉市公安局");

        var denied = Assert.Throws<PermissionDeniedException>(() => FilingRules.EnsureItemsWithinJurisdiction(TaiyuanClerk, order, SeedFacts.Tables));

        Assert.Equal((FilingRules.OrganizationOfAnotherJurisdictionReason, "order.items[0].organization"), (denied.Reason, denied.Field));
        Assert.StartsWith("order.items[0].organization: a clerk key of 太原市人民政府 cannot file an order about 阳泉市公安局, an organisation of 阳泉市, not of 太原市",
            denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_own_bare_city_names_a_province_clerk_an_unknown_office_and_an_editor_are_not_refused()
    {
        // "市公安局" in a 太原 order is read in 太原 (never as 阳泉's), so it is the clerk's own.
        FilingRules.EnsureItemsWithinJurisdiction(TaiyuanClerk, Removal("太原市人民政府", "市公安局"), SeedFacts.Tables);
        FilingRules.EnsureItemsWithinJurisdiction(YangquanClerk, Removal("阳泉市人民政府", "市公安局"), SeedFacts.Tables);
        FilingRules.EnsureItemsWithinJurisdiction(new Filer("山西省人民政府", OwnOfficeOnly: true), Removal("山西省人民政府", "阳泉市公安局"), SeedFacts.Tables);
        FilingRules.EnsureItemsWithinJurisdiction(new Filer("国务院", OwnOfficeOnly: true), Removal("国务院", "阳泉市公安局"), SeedFacts.Tables);
        FilingRules.EnsureItemsWithinJurisdiction(new Filer("太原市人民政府", OwnOfficeOnly: false), Removal("太原市人民政府", "阳泉市公安局"), SeedFacts.Tables);
    }

    [Fact]
    public void A_clerk_records_lineage_only_of_its_own_jurisdictions_organisations_and_an_editor_of_any()
    {
        FilingRules.EnsureMayRecordLineageOf(YangquanClerk, "阳泉市公安局国保支队", "new_name", SeedFacts.Tables);
        FilingRules.EnsureMayRecordLineageOf(new Filer("太原市人民政府", OwnOfficeOnly: false), "阳泉市公安局", "organization", SeedFacts.Tables);

        var denied = Assert.Throws<PermissionDeniedException>(() =>
            FilingRules.EnsureMayRecordLineageOf(TaiyuanClerk, "阳泉市公安局", "organization", SeedFacts.Tables));
        Assert.Equal((FilingRules.LineageOfAnotherOfficeReason, "organization"), (denied.Reason, denied.Field));
        Assert.Contains("records lineage only of organisations of 太原市", denied.Message, StringComparison.Ordinal);
        // A county's organisation is not the city clerk's to rename: which city a county lies in is not read from names.
        Assert.Throws<PermissionDeniedException>(() =>
            FilingRules.EnsureMayRecordLineageOf(YangquanClerk, "盂县经济技术开发区管委会", "organization", SeedFacts.Tables));
    }

    [Fact]
    public void A_confirm_probation_item_of_another_offices_probation_is_denied_naming_the_item()
    {
        var yueJiang = new Tenure
        {
            Person = "岳江",
            Post = new Post("阳泉市公安局国内安全保卫支队", "支队长", PostRank.Head),
            StartOn = new DateOnly(2022, 1, 12),
            KnownSince = new DateOnly(2022, 1, 12),
            ProbationUntil = new DateOnly(2023, 1, 12),
            StartedBy = "阳政任字〔2022〕1号",
        };

        var denied = Assert.Throws<PermissionDeniedException>(() =>
            FilingRules.EnsureMayConfirm(TaiyuanClerk, yueJiang, "阳泉市人民政府", "order.items[0]"));

        Assert.Equal((FilingRules.ProbationOfAnotherOfficeReason, "order.items[0]"), (denied.Reason, denied.Field));
        Assert.StartsWith("order.items[0]: a clerk key of 太原市人民政府 cannot confirm the probation of 岳江", denied.Message, StringComparison.Ordinal);
        FilingRules.EnsureMayConfirm(YangquanClerk, yueJiang, "阳泉市人民政府", "order.items[0]");
    }
}
