using Roster.Testing.Hosting;
using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;

namespace Roster.Server.Tests;

/// <summary>Writes through a real server and a real SQLite file: idempotency, conflicts, bad input, rollback, restart.</summary>
public sealed class SubmitOrderTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;
    private OrderService.OrderServiceClient Orders => new(_host.Channel);
    private RosterService.RosterServiceClient Roster => new(_host.Channel);

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Submitting_an_order_stores_it_canonically_and_derives_the_tenure()
    {
        var response = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment() });

        Assert.True(response.Created);
        Assert.Equal("阳泉市人民政府关于王建国任职的通知", response.Order.Title);
        Assert.Equal("阳泉市能源局", response.Order.Items[0].Organization);
        Assert.Equal(PostRank.Head, response.Order.Items[0].Rank);
        Assert.Equal("2022-03-01", Dates.Iso(response.Order.EffectiveOn));
        Assert.NotNull(response.Order.RecordedAt);

        var answer = await Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市能源局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-03-01") });
        Assert.Equal(Coverage.Held, answer.Coverage);
        Assert.Equal(("王建国", "2023-03-01"), (answer.Officeholders[0].Person, Dates.Iso(answer.Officeholders[0].ProbationUntil)));
        var before = await Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市能源局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-02-28") });
        Assert.Equal(Coverage.Unknown, before.Coverage);
    }

    [Fact]
    public async Task Resubmitting_the_same_content_returns_the_stored_order_and_duplicates_nothing()
    {
        var first = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment() });
        var snapshot = _host.Snapshot();
        var spelledOtherwise = OrderBuilder.Appointment(documentNumber: "阳政任字[2022]9号", person: "王 建国");

        var again = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = spelledOtherwise });

        Assert.False(again.Created);
        Assert.True(again.AlreadyRecorded);
        Assert.Equal(first.Order, again.Order);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_different_order_under_a_stored_document_number_is_already_exists_and_changes_nothing()
    {
        var snapshot = _host.Snapshot();
        var clash = OrderBuilder.Appointment(documentNumber: "阳政任字〔2022〕1号");

        var error = await Assert.ThrowsAsync<RpcException>(() => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = clash }).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("DOCUMENT_NUMBER_TAKEN", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "empty person", "order.items[0].person" },
        { "whitespace person", "order.items[0].person" },
        { "unknown action", "order.items[0].action" },
        { "impossible date", "order.decided_on" },
        { "malformed document number", "order.document_number" },
        { "item with no post", "order.items[0].organization" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_invalid_argument_naming_the_item_and_field_and_stores_nothing(string fault, string field)
    {
        var order = OrderBuilder.Appointment();
        var item = order.Items[0];
        switch (fault)
        {
            case "empty person": item.Person = ""; break;
            case "whitespace person": item.Person = " \u3000 "; break;
            case "unknown action": item.Action = (OrderAction)42; break;
            case "impossible date": order.DecidedOn = new Google.Type.Date { Year = 2022, Month = 2, Day = 30 }; break;
            case "malformed document number": order.DocumentNumber = "任命通知第一号"; break;
            case "item with no post": item.Organization = ""; item.Title = ""; break;
        }
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Contains(violations, v => v.Field == field);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_conflict_rejected_inside_the_transaction_rolls_back_completely()
    {
        // Appointing a second head of 阳泉市公安局 over 米炳生 is a warning; with reject_conflicts it fails after
        // the timeline was derived inside the write transaction.
        var order = OrderBuilder.Appointment(documentNumber: "阳政任字〔2022〕20号", person: "李四", decidedOn: "2022-02-10");
        order.Items[0].Organization = "市公安局";
        order.Items.Add(new OrderItem { Action = OrderAction.Appoint, Person = "李四", Organization = "市体育局", Title = "副局长" });
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order, RejectConflicts = true }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal(("OVERLAPPING_HEADS", "items[0]"), (violation.Type, violation.Subject));
        Assert.Contains("米炳生", violation.Description);
        Assert.Equal(snapshot, _host.Snapshot());

        var accepted = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order });
        Assert.Equal("OVERLAPPING_HEADS", Assert.Single(accepted.Warnings).Code);
    }

    [Fact]
    public async Task A_later_order_removing_whom_an_earlier_one_removed_changes_no_answer_and_says_so()
    {
        // 阳政任字〔2022〕2号 removed 靳润喜 as head of 阳泉市公安局 on 2022-01-30; a later removal repeats it.
        var order = OrderBuilder.Appointment(documentNumber: "阳政任字〔2022〕21号", person: "靳润喜", decidedOn: "2022-03-01");
        order.Items[0] = new OrderItem { Action = OrderAction.Remove, Person = "靳润喜", Organization = "市公安局", Title = "局长" };

        var response = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order });

        var warning = Assert.Single(response.Warnings);
        Assert.Equal("REMOVAL_ALREADY_RECORDED", warning.Code);
        Assert.Contains("already ended on 2022-01-30 (by 阳政任字〔2022〕2号)", warning.Message);
        var heads = await new RosterService.RosterServiceClient(_host.Channel).ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-02-28"),
        });
        Assert.Equal(["米炳生"], heads.Officeholders.Select(o => o.Person));
    }

    [Fact]
    public async Task Validate_only_reports_without_storing()
    {
        var snapshot = _host.Snapshot();
        var response = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment(), ValidateOnly = true });
        Assert.False(response.Created);
        Assert.False(response.AlreadyRecorded);
        Assert.Equal("阳泉市能源局", response.Order.Items[0].Organization);
        Assert.Null(response.Order.RecordedAt); // nothing was recorded
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_restart_keeps_the_data_and_imports_the_seed_nothing_twice()
    {
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment() });
        var snapshot = _host.Snapshot();

        await _host.RestartAsync();

        Assert.Equal(snapshot, _host.Snapshot());
        var listed = await Orders.ListOrdersAsync(new ListOrdersRequest());
        Assert.Equal(5, listed.Orders.Count);
    }

    [Fact]
    public async Task Concurrent_submissions_serialise_and_the_same_order_is_stored_once()
    {
        var orders = Enumerable.Range(10, 8).Select(n => OrderBuilder.Appointment(documentNumber: $"阳政任字〔2022〕{n}号", person: $"测试{ChineseDigits(n)}", decidedOn: $"2022-03-{n:D2}"))
            .Concat(Enumerable.Repeat(OrderBuilder.Appointment(documentNumber: "阳政任字〔2022〕40号", person: "重复"), 4))
            .ToList();

        var responses = await Task.WhenAll(orders.Select(o => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = o }).ResponseAsync));

        Assert.Equal(9, responses.Count(r => r.Created));
        Assert.Single(responses.Where(r => r.Order.DocumentNumber == "阳政任字〔2022〕40号").Select(r => r.Order.RecordedAt).Distinct());
        var listed = await Orders.ListOrdersAsync(new ListOrdersRequest { PageSize = 100 });
        Assert.Equal(4 + 9, listed.Orders.Count);
        // Eight appointments of heads of one bureau on successive days: each later one overlaps the earlier.
        // The seed's roster of 阳政办发〔2022〕2号 also attests 王文生 as 市能源局副局长 (line 1449): count the heads only.
        var tenures = await Roster.ListTenuresAsync(new ListTenuresRequest { Organization = "阳泉市能源局" });
        Assert.Equal(9, tenures.Tenures.Count(t => t.Rank == PostRank.Head));
        Assert.Equal(["王文生"], tenures.Tenures.Where(t => t.Rank != PostRank.Head).Select(t => t.Person));
    }

    private static string ChineseDigits(int n) => string.Concat(n.ToString().Select(c => "零一二三四五六七八九"[c - '0']));

    [Fact]
    public async Task Unknown_document_number_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字〔2022〕99号" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Orders_page_through_with_tokens()
    {
        var first = await Orders.ListOrdersAsync(new ListOrdersRequest { PageSize = 3 });
        var second = await Orders.ListOrdersAsync(new ListOrdersRequest { PageSize = 3, PageToken = first.NextPageToken });
        Assert.Equal(3, first.Orders.Count);
        Assert.Single(second.Orders);
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(4, first.Orders.Concat(second.Orders).Select(o => o.DocumentNumber).Distinct().Count());

        var bad = await Assert.ThrowsAsync<RpcException>(() => Orders.ListOrdersAsync(new ListOrdersRequest { PageToken = "garbage!" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
    }

    [Fact]
    public async Task Another_issuers_order_under_a_recorded_document_series_is_refused_and_leaves_the_number_free()
    {
        // The seed's 阳政任字 orders are 阳泉市人民政府's; a clerk of 太原市人民政府 filing its "own" order under that series
        // would take 阳泉's next number.
        var taiyuan = new OrderService.OrderServiceClient(_host.ChannelWith(await _host.CreateKeyAsync("太原市人民政府", global::Roster.Server.Security.Role.Clerk)));
        var squatter = OrderBuilder.Appointment("阳政任字〔2022〕13号");
        squatter.Issuer = "太原市人民政府";
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => taiyuan.SubmitOrderAsync(new SubmitOrderRequest { Order = squatter }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal(("DOCUMENT_SERIES_OF_ANOTHER_ISSUER", "document_number"), (violation.Type, violation.Subject));
        Assert.Contains("阳政任字 is 阳泉市人民政府's", violation.Description);
        Assert.Equal(snapshot, _host.Snapshot());
        var genuine = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕13号") });
        Assert.True(genuine.Created);
    }
}
