using Roster.Domain.Errors;
using Roster.Domain.Filing;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>Who may file an order and confirm a probation (<see cref="FilingRules"/>), decided without a database:
/// 岳江's probation as 支队长 was set by 阳政任字〔2022〕1号 of 阳泉市人民政府.</summary>
public sealed class FilingRulesTests
{
    private static readonly Tenure YueJiang = new()
    {
        Person = "岳江",
        Post = new Post("阳泉市公安局国内安全保卫支队", "支队长", PostRank.Head),
        StartOn = new DateOnly(2022, 1, 12),
        KnownSince = new DateOnly(2022, 1, 12),
        ProbationUntil = new DateOnly(2023, 1, 12),
        StartedBy = "阳政任字〔2022〕1号",
    };

    private static readonly Order Appointment = new OrderValidator(SeedFacts.Tables).Validate(
        Drafts.Order("阳政任字〔2022〕9号", "2022-03-01", Drafts.Appoint("王建国", "市能源局", "局长")));

    [Fact]
    public void A_clerk_of_the_appointing_office_may_confirm_the_probation_it_set()
    {
        FilingRules.EnsureMayConfirm(new Filer("阳泉市人民政府", OwnOfficeOnly: true), YueJiang, "阳泉市人民政府");
        FilingRules.EnsureMayConfirm(new Filer(" 阳泉市 人民政府", OwnOfficeOnly: true), YueJiang, "阳泉市人民政府");
    }

    [Theory]
    [InlineData("太原市人民政府")]
    [InlineData("阳泉市公安局")]
    public void A_clerk_of_another_office_may_not_confirm_it(string office)
    {
        var denied = Assert.Throws<PermissionDeniedException>(() =>
            FilingRules.EnsureMayConfirm(new Filer(office, OwnOfficeOnly: true), YueJiang, "阳泉市人民政府"));

        Assert.Equal(FilingRules.ProbationOfAnotherOfficeReason, denied.Reason);
        Assert.Contains("阳政任字〔2022〕1号 of 阳泉市人民政府", denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editor_or_admin_of_any_office_may_confirm_it_and_only_they_when_the_appointing_order_is_unknown()
    {
        FilingRules.EnsureMayConfirm(new Filer("太原市人民政府", OwnOfficeOnly: false), YueJiang, "阳泉市人民政府");
        FilingRules.EnsureMayConfirm(Filer.AnyIssuer, YueJiang, appointingIssuer: null);

        Assert.Throws<PermissionDeniedException>(() => FilingRules.EnsureMayConfirm(new Filer("阳泉市人民政府", OwnOfficeOnly: true), YueJiang, null));
        Assert.Throws<PermissionDeniedException>(() => FilingRules.EnsureMayConfirm(new Filer(null, OwnOfficeOnly: true), YueJiang, "阳泉市人民政府"));
    }

    [Fact]
    public void A_clerk_files_only_its_own_offices_orders_and_an_editor_any()
    {
        FilingRules.EnsureMayFile(new Filer("阳泉市人民政府", OwnOfficeOnly: true), Appointment);
        FilingRules.EnsureMayFile(new Filer("太原市人民政府", OwnOfficeOnly: false), Appointment);

        var denied = Assert.Throws<PermissionDeniedException>(() => FilingRules.EnsureMayFile(new Filer("太原市人民政府", OwnOfficeOnly: true), Appointment));
        Assert.Equal((FilingRules.NotOwnOfficeReason, "a clerk key of 太原市人民政府 cannot file orders of 阳泉市人民政府"), (denied.Reason, denied.Message));
    }
}
