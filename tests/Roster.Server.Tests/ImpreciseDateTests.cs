using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>Orders whose effective date is known only to the month or year (google.type.Date with day 0, or month and day 0),
/// over a real server: the holder is UNKNOWN inside the imprecise span and HELD (or gone) for certain outside it
/// (docs/time.md, imprecise dates).</summary>
public sealed class ImpreciseDateTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;
    private OrderService.OrderServiceClient Orders => new(_host.Channel);
    private RosterService.RosterServiceClient Roster => new(_host.Channel);

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Order Order(string number, OrderAction action, Google.Type.Date effectiveOn) => new()
    {
        DocumentNumber = number,
        Issuer = "阳泉市人民政府",
        EffectiveOn = effectiveOn,
        Items = { new OrderItem { Action = action, Person = "赵明远", Organization = "市能源局", Title = "局长" } },
    };

    private Task<ListOfficeholdersResponse> HeadOn(string iso) =>
        Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市能源局", Rank = PostRank.Head, AsOf = Dates.Wire(iso) }).ResponseAsync;

    [Fact]
    public async Task A_tenure_whose_start_is_known_only_as_2021_03_is_unknown_for_that_holder_on_2021_03_15_and_held_on_2021_04_01()
    {
        var stored = await Orders.SubmitOrderAsync(new SubmitOrderRequest
        {
            Order = Order("阳政任字〔2021〕30号", OrderAction.Appoint, new Google.Type.Date { Year = 2021, Month = 3, Day = 0 }),
        });
        Assert.Equal(new Google.Type.Date { Year = 2021, Month = 3 }, stored.Order.EffectiveOn);

        var inside = await HeadOn("2021-03-15");
        Assert.Equal(Coverage.Unknown, inside.Coverage);
        Assert.Empty(inside.Officeholders);
        var uncertain = Assert.Single(inside.UncertainHolders);
        Assert.Equal(("赵明远", new Google.Type.Date { Year = 2021, Month = 3 }), (uncertain.Person, uncertain.StartOn));

        var after = await HeadOn("2021-04-01");
        Assert.Equal(Coverage.Held, after.Coverage);
        Assert.Empty(after.UncertainHolders);
        var holder = Assert.Single(after.Officeholders);
        Assert.Equal(("赵明远", new Google.Type.Date { Year = 2021, Month = 3 }, "阳政任字〔2021〕30号"), (holder.Person, holder.StartOn, holder.StartedBy));

        // The first day of the month is inside the span too; the day before it nothing reaches.
        Assert.Equal(Coverage.Unknown, (await HeadOn("2021-03-01")).Coverage);
        var before = await HeadOn("2021-02-28");
        Assert.Equal((Coverage.Unknown, 0), (before.Coverage, before.UncertainHolders.Count));
    }

    [Fact]
    public async Task An_end_known_only_to_the_year_is_held_before_that_year_unknown_inside_it_and_vacant_after()
    {
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Order("阳政任字〔2019〕30号", OrderAction.Appoint, Dates.Wire("2019-05-10")) });
        await Orders.SubmitOrderAsync(new SubmitOrderRequest
        {
            Order = Order("阳政任字〔2021〕31号", OrderAction.Remove, new Google.Type.Date { Year = 2021 }),
        });

        Assert.Equal(Coverage.Held, (await HeadOn("2020-12-31")).Coverage);
        var inside = await HeadOn("2021-07-01");
        Assert.Equal(Coverage.Unknown, inside.Coverage);
        Assert.Equal(("赵明远", new Google.Type.Date { Year = 2021 }), (inside.UncertainHolders.Single().Person, inside.UncertainHolders.Single().EndOn));
        Assert.Equal(Coverage.Vacant, (await HeadOn("2022-01-01")).Coverage);

        // The tenure may have lasted into the period from 2021-07-01: listed, with its end at year precision; not from 2022.
        var listed = await Roster.ListTenuresAsync(new ListTenuresRequest { Person = "赵明远", PeriodStart = Dates.Wire("2021-07-01") });
        Assert.Equal(new Google.Type.Date { Year = 2021 }, Assert.Single(listed.Tenures).EndOn);
        Assert.Empty((await Roster.ListTenuresAsync(new ListTenuresRequest { Person = "赵明远", PeriodStart = Dates.Wire("2022-01-01") })).Tenures);

        // The change feed says the same: the end is known only to the year.
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = new ChangeService.ChangeServiceClient(_host.Channel)
            .WatchChanges(new WatchChangesRequest { Person = "赵明远" }, cancellationToken: cancel.Token);
        Change? ended = null;
        await foreach (var response in watch.ResponseStream.ReadAllAsync(cancel.Token))
        {
            if (response.Change.Kind != ChangeKind.TenureEnded) continue;
            ended = response.Change;
            break;
        }
        Assert.Equal((Dates.Wire("2019-05-10"), new Google.Type.Date { Year = 2021 }), (ended!.StartOn, ended.EndOn));
    }

    [Fact]
    public async Task Over_http_json_an_effective_date_without_a_day_is_a_month_and_comes_back_without_one()
    {
        const string body = """{"order":{"issuer":"阳泉市人民政府","documentNumber":"阳政任字〔2021〕33号","effectiveOn":{"year":2021,"month":3},"items":[{"action":"ORDER_ACTION_APPOINT","person":"赵明远","organization":"市能源局","title":"局长"}]}}""";
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.HttpAddress, "/v1/orders"))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _host.AdminKey);

        using var response = await http.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        var effective = json.RootElement.GetProperty("order").GetProperty("effectiveOn");
        Assert.Equal((2021, 3, false), (effective.GetProperty("year").GetInt32(), effective.GetProperty("month").GetInt32(), effective.TryGetProperty("day", out var day) && day.GetInt32() != 0));
        Assert.Equal(Coverage.Unknown, (await HeadOn("2021-03-15")).Coverage);
    }

    [Fact]
    public async Task An_effective_date_with_a_day_but_no_month_is_invalid_argument_on_effective_on_stores_nothing_and_is_audited()
    {
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Orders.SubmitOrderAsync(new SubmitOrderRequest
        {
            Order = Order("阳政任字〔2021〕32号", OrderAction.Appoint, new Google.Type.Date { Year = 2021, Month = 0, Day = 15 }),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("order.effective_on", violation.Field);
        Assert.Contains("day without a month", violation.Description);
        Assert.Equal(snapshot, _host.Snapshot());
        var audit = await new AuditService.AuditServiceClient(_host.Channel)
            .ListAuditEventsAsync(new ListAuditEventsRequest { Target = "阳政任字〔2021〕32号" });
        var refused = Assert.Single(audit.Events);
        Assert.Equal(("FAILED", "INVALID_ARGUMENT"), (refused.Outcome, refused.Status));
    }
}
