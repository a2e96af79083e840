using System.Net;
using System.Text;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>
/// Every RPC, over gRPC with an admin key (so input reaches validation) and over HTTP/JSON, gets hostile values:
/// empty, 1 MB strings, control and bidi characters, invalid dates, SQL and markup fragments, deeply repeated items,
/// wrong JSON types. Never UNKNOWN, INTERNAL or UNAVAILABLE, never a stack trace, and a refused call stores nothing.
/// </summary>
public sealed class HostileSweepTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly string[] HostileText =
    [
        "",
        new('长', 1_000_000),
        "阳泉市\u0000公安局",
        "\u0007\u001b[31m红\u001b[0m",
        "阳泉市\u202e局安公",
        "\u200b\u200f\u2066x\u2069",
        "'; DROP TABLE orders; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "{{7*7}}${jndi:ldap://x}",
        "\ud800",
        "../../etc/passwd",
    ];

    private static readonly Google.Type.Date[] HostileDates =
    [
        new() { Year = 2022, Month = 2, Day = 30 },
        new() { Year = 2022, Month = 13, Day = 1 },
        new() { Year = -1, Month = 1, Day = 1 },
        new() { Year = 10_000, Month = 1, Day = 1 },
        new() { Year = 2022, Month = 0, Day = 0 },
        new() { Year = int.MaxValue, Month = int.MinValue, Day = -5 },
    ];

    private static void AssertHandled(StatusCode code, string detail, string what)
    {
        Assert.False(code is StatusCode.Unknown or StatusCode.Internal or StatusCode.Unavailable, $"{what}: {code} {detail}");
        Assert.DoesNotContain("   at ", detail);
        Assert.DoesNotContain("Exception", detail);
        Assert.True(detail.Length < 2_000, $"{what}: a {detail.Length}-character message");
    }

    /// <summary>Runs a call; a refused one must leave the database as it was. Returns the status.</summary>
    private async Task<StatusCode> Sweep(string what, Func<Task> call, bool mayStore = false)
    {
        var before = server.Host.Snapshot();
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            AssertHandled(e.StatusCode, e.Status.Detail, what);
            if (!mayStore) Assert.Equal(before, server.Host.Snapshot());
            return e.StatusCode;
        }
    }

    private OrderService.OrderServiceClient Orders => new(server.Host.Channel);
    private RosterService.RosterServiceClient Roster => new(server.Host.Channel);
    private AdminService.AdminServiceClient Admin => new(server.Host.Channel);
    private GazetteService.GazetteServiceClient Gazette => new(server.Host.Channel);
    private GroupService.GroupServiceClient Groups => new(server.Host.Channel);
    private AuditService.AuditServiceClient Audit => new(server.Host.Channel);
    private ChangeService.ChangeServiceClient Changes => new(server.Host.Channel);
    private ProbationService.ProbationServiceClient Probations => new(server.Host.Channel);
    private AnomalyService.AnomalyServiceClient Anomalies => new(server.Host.Channel);

    [Fact]
    public async Task Probation_and_anomaly_rpcs_refuse_or_answer_every_hostile_value()
    {
        foreach (var text in HostileText)
        {
            Assert.NotEqual(StatusCode.OK, await Sweep("ConfirmProbation", () => Probations.ConfirmProbationAsync(new ConfirmProbationRequest
            {
                Person = text, Organization = text, Title = text, Source = text, ConfirmedOn = new Google.Type.Date { Year = 2023, Month = 1, Day = 12 },
            }).ResponseAsync));
            await Sweep("ListProbations", () => Probations.ListProbationsAsync(new ListProbationsRequest
            {
                RunningOn = new Google.Type.Date { Year = 2022, Month = 6, Day = 1 }, PageToken = text, PageSize = -1,
            }).ResponseAsync);
            await Sweep("ListProbations status", () => Probations.ListProbationsAsync(new ListProbationsRequest
            {
                Status = (ProbationStatus)99, On = new Google.Type.Date { Year = 2022, Month = 6, Day = 1 }, PageSize = int.MaxValue,
            }).ResponseAsync);
            await Sweep("ListAnomalies", () => Anomalies.ListAnomaliesAsync(new ListAnomaliesRequest { Organization = text, PageToken = text }).ResponseAsync);
        }
        foreach (var date in HostileDates)
        {
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("ListProbations running_on", () => Probations.ListProbationsAsync(new ListProbationsRequest { RunningOn = date }).ResponseAsync));
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("ListProbations ending", () => Probations.ListProbationsAsync(new ListProbationsRequest { EndingBefore = date }).ResponseAsync));
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("ListAnomalies as_of", () => Anomalies.ListAnomaliesAsync(new ListAnomaliesRequest { AsOf = date }).ResponseAsync));
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("ConfirmProbation date", () => Probations.ConfirmProbationAsync(new ConfirmProbationRequest
            {
                Person = "岳江", Organization = "市公安局国内安全保卫支队", Title = "支队长", Source = "考核", ConfirmedOn = date,
            }).ResponseAsync));
        }
    }

    [Fact]
    public async Task Group_rpcs_refuse_or_answer_every_hostile_value()
    {
        foreach (var text in HostileText)
        {
            await Sweep("GetGroupRoster", () => Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = text, Resolve = true }).ResponseAsync);
            await Sweep("ListGroups", () => Groups.ListGroupsAsync(new ListGroupsRequest { Person = text, Organization = text }).ResponseAsync);
            await Sweep("SubmitRoster", () => Groups.SubmitRosterAsync(new SubmitRosterRequest
            {
                Roster = new GroupRoster { Group = text, Issuer = text, SourceDocument = text, OfficeAt = text },
            }).ResponseAsync);
            await Sweep("SetPortfolio", () => Groups.SetPortfolioAsync(new SetPortfolioRequest
            {
                Portfolio = new Portfolio { Person = text, Areas = { text, text }, Source = text },
            }).ResponseAsync);
        }
        foreach (var date in HostileDates)
        {
            Assert.NotEqual(StatusCode.OK, await Sweep("GetGroupRoster as_of", () => Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = "阳泉市安全生产委员会", AsOf = date }).ResponseAsync));
            Assert.NotEqual(StatusCode.OK, await Sweep("ListGroups as_of", () => Groups.ListGroupsAsync(new ListGroupsRequest { Person = "岳江", AsOf = date }).ResponseAsync));
        }
    }

    [Fact]
    public async Task Query_rpcs_refuse_or_answer_every_hostile_value()
    {
        foreach (var text in HostileText)
        {
            await Sweep("GetOrder", () => Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = text }).ResponseAsync);
            await Sweep("ListOrders", () => Orders.ListOrdersAsync(new ListOrdersRequest { Issuer = text, Person = text, PageToken = text }).ResponseAsync);
            await Sweep("ListOfficeholders title", () => Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = text, Title = text }).ResponseAsync);
            await Sweep("ListOfficeholders rank", () => Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = text, Rank = (PostRank)99 }).ResponseAsync);
            await Sweep("ListTenures", () => Roster.ListTenuresAsync(new ListTenuresRequest { Person = text, PageToken = text, PageSize = -1 }).ResponseAsync);
            await Sweep("ListTenures", () => Roster.ListTenuresAsync(new ListTenuresRequest { Organization = text, PageSize = int.MaxValue }).ResponseAsync);
            await Sweep("GetPerson", () => Roster.GetPersonAsync(new GetPersonRequest { Name = text }).ResponseAsync);
            await Sweep("ParseNotice", () => Orders.ParseNoticeAsync(new ParseNoticeRequest { Text = text, SourceName = text }).ResponseAsync);
            await Sweep("GetListing", () => Gazette.GetListingAsync(new GetListingRequest { Issuer = text, Format = (ListingFormat)42 }).ResponseAsync);
            await Sweep("ListApiKeys", () => Admin.ListApiKeysAsync(new ListApiKeysRequest()).ResponseAsync);
            await Sweep("ListAuditEvents", () => Audit.ListAuditEventsAsync(new ListAuditEventsRequest { Actor = text, Target = text, PageToken = text }).ResponseAsync);
            await Sweep("WatchChanges", async () =>
            {
                using var call = Changes.WatchChanges(new WatchChangesRequest { Organization = text, Person = text, SinceCursor = long.MaxValue },
                    deadline: DateTime.UtcNow.AddMilliseconds(200));
                await call.ResponseStream.MoveNext();
            });
            await Sweep("RevokeApiKey", () => Admin.RevokeApiKeyAsync(new RevokeApiKeyRequest { Prefix = text }).ResponseAsync);
            Assert.NotEqual(StatusCode.OK, await Sweep("CreateApiKey", () => Admin.CreateApiKeyAsync(new CreateApiKeyRequest { Office = text, Role = (Protos.V1.Role)99 }).ResponseAsync));
        }
        foreach (var date in HostileDates)
        {
            var code = await Sweep("ListOfficeholders as_of", () => Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = date }).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, code);
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("GetPerson as_of", () => Roster.GetPersonAsync(new GetPersonRequest { Name = "岳江", AsOf = date }).ResponseAsync));
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("ListOrders dates", () => Orders.ListOrdersAsync(new ListOrdersRequest { IssuedFrom = date }).ResponseAsync));
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("GetListing dates", () => Gazette.GetListingAsync(new GetListingRequest { IssuedBefore = date }).ResponseAsync));
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("ListTenures dates", () => Roster.ListTenuresAsync(new ListTenuresRequest { Person = "岳江", PeriodEnd = date }).ResponseAsync));
        }
    }

    [Fact]
    public async Task SubmitOrder_refuses_hostile_orders_and_stores_nothing()
    {
        var number = 100;
        foreach (var text in HostileText.Where(t => t.Length == 0 || t.Length > 1000 || t.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate)))
        {
            var field = 0;
            foreach (var setter in new Action<Order, string>[]
            {
                (o, v) => o.DocumentNumber = v, (o, v) => o.Issuer = v, (o, v) => o.DecisionBody = v, (o, v) => o.Title = v,
                (o, v) => o.Items[0].Person = v, (o, v) => o.Items[0].Organization = v, (o, v) => o.Items[0].Title = v,
                (o, v) => o.Items[0].Probation = v, (o, v) => o.Items[0].Note = v,
            })
            {
                var order = OrderBuilder.Appointment($"阳政任字〔2022〕{number++}号");
                setter(order, text);
                var code = await Sweep("SubmitOrder", () => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync);
                field++;
                // An empty optional field (decision body, title, probation, note) is fine; every other value here is refused.
                var shown = global::Roster.Domain.Names.TextForm.Quote(text);
                if (text.Length > 0) Assert.True(code != StatusCode.OK, $"field {field} accepted {shown}");
            }
        }
        foreach (var text in HostileText.Where(t => t.Contains('\'') || t.Contains('<') || t.Contains('{') || t.Contains('/')))
        {
            // SQL and markup fragments are not names: a person containing them is refused.
            var order = OrderBuilder.Appointment($"阳政任字〔2022〕{number++}号", person: text);
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("SubmitOrder person", () => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync));
        }
        foreach (var date in HostileDates)
        {
            var order = OrderBuilder.Appointment($"阳政任字〔2022〕{number++}号");
            order.DecidedOn = date;
            Assert.Equal(StatusCode.InvalidArgument, await Sweep("SubmitOrder date", () => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync));
        }
        var repeated = OrderBuilder.Appointment($"阳政任字〔2022〕{number++}号");
        repeated.Items.Add(Enumerable.Range(0, 20_000).Select(_ => repeated.Items[0].Clone()));
        await Sweep("SubmitOrder 20,000 repeated items", () => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = repeated }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, await Sweep("SubmitOrder action", () =>
        {
            var order = OrderBuilder.Appointment($"阳政任字〔2022〕{number++}号");
            order.Items[0].Action = (OrderAction)77;
            return Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync;
        }));
    }

    [Theory]
    [InlineData("""{"order":{"items":"x"}}""")]
    [InlineData("""{"order":5}""")]
    [InlineData("""{"order":{"decidedOn":"2022-01-30"}}""")]
    [InlineData("""{"order":{"decidedOn":{"year":"two thousand"}}}""")]
    [InlineData("""{"validateOnly":"yes"}""")]
    [InlineData("""{"order":{"items":[{"action":"FIRE"}]}}""")]
    [InlineData("""{"order":{"documentNumber":["a","b"]}}""")]
    [InlineData("""not json at all""")]
    [InlineData("")]
    [InlineData("""{"order":{"issuer":"阳泉市人民政府","documentNumber":"'; DROP TABLE orders; --","items":[{"action":"APPOINT","person":"<b>x</b>"}]}}""")]
    public async Task Wrong_json_types_through_transcoding_are_400_and_store_nothing(string body)
    {
        var before = server.Host.Snapshot();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Host.HttpAddress, "/v1/orders"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.Equal(before, server.Host.Snapshot());
    }

    [Theory]
    [InlineData("/v1/organizations/阳泉市公安局/officeholders?rank=7")]
    [InlineData("/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=zz")]
    [InlineData("/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=2022-13-01")]
    [InlineData("/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of.month=abc")]
    [InlineData("/v1/organizations/%E2%80%AE/officeholders?rank=HEAD")]
    [InlineData("/v1/orders?page_size=abc")]
    [InlineData("/v1/orders?page_token=%00%01")]
    [InlineData("/v1/tenures?person=%27%3B%20DROP%20TABLE%20tenures%3B--")]
    [InlineData("/v1/people/%3Cscript%3E")]
    [InlineData("/v1/probations")]
    [InlineData("/v1/probations?running_on=2022-02-30")]
    [InlineData("/v1/probations?status=OVERDUE")]
    [InlineData("/v1/anomalies?as_of=zz")]
    [InlineData("/v1/anomalies?organization=%E2%80%AE")]
    [InlineData("/v1/listings?issued_from=2022-02-30")]
    [InlineData("/v1/listings?format=99")]
    public async Task Hostile_urls_are_4xx_without_internals(string path)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(server.Host.HttpAddress, path));
        var text = await response.Content.ReadAsStringAsync();
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
    }

    [Fact]
    public async Task A_1_MB_url_is_refused_by_the_server_not_crashed()
    {
        using var http = new HttpClient();
        try
        {
            using var response = await http.GetAsync(new Uri(server.Host.HttpAddress, "/v1/people/" + new string('a', 1_000_000)));
            Assert.InRange((int)response.StatusCode, 400, 499);
        }
        catch (HttpRequestException error) when (error.InnerException is IOException)
        {
            // Kestrel answers 414 as soon as the request line passes its limit and closes the connection; a client still
            // writing the rest of the megabyte may see the closed socket before it reads the answer.
        }
        using var health = await http.GetAsync(new Uri(server.Host.HttpAddress, "/healthz"));
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_deadline_shorter_than_the_call_is_deadline_exceeded()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Roster.ListTenuresAsync(
            new ListTenuresRequest { Organization = "阳泉市公安局" }, deadline: DateTime.UtcNow.AddTicks(1)).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }
}
