using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Names;

/// <summary>
/// "市…" in an order of an issuer the alias table does not list is qualified with the place the issuer's name states, so two
/// cities' 市财政局 stay two organisations and each answers under its full name (docs/decisions.md §73).
/// </summary>
public sealed class UnlistedIssuerNamesTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync(importSeed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Order Appointment(string document, string issuer, string person) => new()
    {
        DocumentNumber = document,
        Issuer = issuer,
        DecidedOn = Dates.Wire("2022-06-01"),
        IssuedOn = Dates.Wire("2022-06-01"),
        Items = { new OrderItem { Action = OrderAction.Appoint, Person = person, Organization = "市财政局", Title = "局长" } },
    };

    private async Task<ListOfficeholdersResponse> HeadsAsync(string organization) =>
        await new RosterService.RosterServiceClient(_host.Channel).ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = organization, Rank = PostRank.Head, AsOf = Dates.Wire("2022-06-15"),
        });

    [Fact]
    public async Task Each_city_s_市财政局_is_its_own_organisation_under_its_full_name()
    {
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        var taiyuan = await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("并政任字〔2022〕3号", "太原市人民政府", "王平") });
        var jinzhong = await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("市政任字〔2022〕8号", "晋中市人民政府", "刘洋") });
        await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2022〕20号", "阳泉市人民政府", "李华") });

        Assert.Equal("太原市财政局", taiyuan.Order.Items.Single().Organization);
        // Two cities' bureaus do not overlap: 晋中's appointment raises no overlap with 太原's head.
        Assert.Empty(jinzhong.Warnings);

        var inTaiyuan = await HeadsAsync("太原市财政局");
        Assert.Equal(("太原市财政局", "王平"), (inTaiyuan.Organization, Assert.Single(inTaiyuan.Officeholders).Person));
        Assert.Equal("刘洋", Assert.Single((await HeadsAsync("晋中市财政局")).Officeholders).Person);
        Assert.Equal("李华", Assert.Single((await HeadsAsync("阳泉市财政局")).Officeholders).Person);
    }
}
