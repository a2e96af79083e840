using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Server.Security;
using Roster.Testing.Hosting;
using Role = Roster.Server.Security.Role;

namespace Roster.Server.Tests.Security;

/// <summary>
/// Orders about another city's organisations through a real server on the seed (docs/orders.md, filing): a clerk of
/// 太原市人民政府 filing its own-issuer order to remove 米炳生, head of 阳泉市公安局 since 阳政任字〔2022〕2号, is refused naming
/// the item; its own city's posts, a province's clerk and an editor are not.
/// </summary>
public sealed class FilingAcrossJurisdictionsTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(OrderService.OrderServiceClient Client, string Key)> FilerAsync(string office, Role role = Role.Clerk)
    {
        var key = await _host.CreateKeyAsync(office, role);
        return (new OrderService.OrderServiceClient(_host.ChannelWith(key)), key);
    }

    private static SubmitOrderRequest Order(string documentNumber, string issuer, bool validateOnly, params OrderItem[] items) => new()
    {
        Order = new Order { DocumentNumber = documentNumber, Issuer = issuer, DecidedOn = Dates.Wire("2023-02-01"), IssuedOn = Dates.Wire("2023-02-01"), Items = { items } },
        ValidateOnly = validateOnly,
    };

    private static OrderItem RemoveMiBingsheng() => new() { Action = OrderAction.Remove, Person = "米炳生", Organization = "阳泉市公安局", Title = "局长" };

    private async Task<string> YangquanPoliceHeadAsync() =>
        (await new RosterService.RosterServiceClient(_host.Channel).ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2023-03-01"),
        })).Officeholders.Single().Person;

    [Fact]
    public async Task A_Taiyuan_clerks_order_removing_Yangquans_police_chief_is_denied_naming_the_item_and_audited()
    {
        var (taiyuan, key) = await FilerAsync("太原市人民政府");
        var snapshot = _host.Snapshot();
        var own = new OrderItem { Action = OrderAction.Appoint, Person = "赵太原", Organization = "市公安局", Title = "副局长" };

        var denied = await Assert.ThrowsAsync<RpcException>(() => taiyuan.SubmitOrderAsync(Order("并政任字〔2022〕8号", "太原市人民政府", false, own, RemoveMiBingsheng())).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        var info = denied.GetRpcStatus()!.GetDetail<ErrorInfo>();
        Assert.Equal(("ORGANIZATION_OF_ANOTHER_JURISDICTION", "order.items[1].organization"), (info.Reason, info.Metadata["field"]));
        Assert.Equal("order.items[1].organization: a clerk key of 太原市人民政府 cannot file an order about 阳泉市公安局, an organisation of 阳泉市, "
            + "not of 太原市; that jurisdiction's office, an editor or an admin files it", denied.Status.Detail);
        Assert.Equal(snapshot, _host.Snapshot());
        Assert.Equal("米炳生", await YangquanPoliceHeadAsync());
        var audit = new AuditService.AuditServiceClient(_host.Channel);
        var refusal = Assert.Single((await audit.ListAuditEventsAsync(new ListAuditEventsRequest { Actor = ApiKeySecret.PrefixOf(key)!, PageSize = 10 })).Events);
        Assert.Equal(("roster.v1.OrderService/SubmitOrder", "DENIED", "PERMISSION_DENIED", "ORGANIZATION_OF_ANOTHER_JURISDICTION"),
            (refusal.Method, refusal.Outcome, refusal.Status, refusal.Reason));

        // Its own city's post alone is filed.
        var stored = await taiyuan.SubmitOrderAsync(Order("并政任字〔2022〕8号", "太原市人民政府", false, own));
        Assert.True(stored.Created);
        Assert.NotEqual("阳泉市公安局", stored.Order.Items.Single().Organization);
    }

    [Fact]
    public async Task Over_HTTP_JSON_the_same_removal_is_403_with_the_item_in_the_status_body()
    {
        var key = await _host.CreateKeyAsync("太原市人民政府", Role.Clerk);
        var snapshot = _host.Snapshot();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.HttpAddress, "/v1/orders"))
        {
            Content = new StringContent("""
                {"order":{"documentNumber":"并政任字〔2022〕8号","issuer":"太原市人民政府","decidedOn":{"year":2023,"month":2,"day":1},
                 "items":[{"action":"ORDER_ACTION_REMOVE","person":"米炳生","organization":"阳泉市公安局","title":"局长"}]}}
                """, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        using var response = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var info = body.RootElement.GetProperty("details").EnumerateArray().Single(d => d.TryGetProperty("reason", out _));
        Assert.Equal(("ORGANIZATION_OF_ANOTHER_JURISDICTION", "order.items[0].organization"),
            (info.GetProperty("reason").GetString(), info.GetProperty("metadata").GetProperty("field").GetString()));
        Assert.Equal(snapshot, _host.Snapshot());
        Assert.Equal("米炳生", await YangquanPoliceHeadAsync());
    }

    [Theory]
    [InlineData("山西省人民政府", "晋政任字〔2023〕2号", Role.Clerk)]
    [InlineData("太原市人民政府", "并政任字〔2022〕8号", Role.Editor)]
    public async Task A_province_clerk_or_an_editor_of_any_office_is_not_refused_the_same_removal(string office, string documentNumber, Role role)
    {
        var (filer, _) = await FilerAsync(office, role);

        var checkedOnly = await filer.SubmitOrderAsync(Order(documentNumber, office, true, RemoveMiBingsheng()));

        Assert.Equal(("阳泉市公安局", false), (checkedOnly.Order.Items.Single().Organization, checkedOnly.Created));
    }
}
