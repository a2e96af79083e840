using Google.Rpc;
using Grpc.Core;
using Roster.Domain.Time;
using Roster.Protos.V1;
using Roster.Server.Security;
using Role = Roster.Server.Security.Role;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>ProbationService over a real server on the seed: running probations, confirmations by API and by order, statuses.</summary>
public sealed class ProbationServiceTests : IAsyncLifetime
{
    private const string YueJiangPost = "阳泉市公安局国内安全保卫支队";
    private const string DuanPost = "盂县经济技术开发区管委会";
    private RosterServerHost _host = null!;
    private ProbationService.ProbationServiceClient Probations => new(_host.Channel);
    private OrderService.OrderServiceClient Orders => new(_host.Channel);

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<List<(string Person, string Status)>> WithStatus(ProbationStatus status, string on)
    {
        var response = await Probations.ListProbationsAsync(new ListProbationsRequest { Status = status, On = Dates.Wire(on) });
        return response.Probations.Select(p => (p.Tenure.Person, p.Status.ToString())).ToList();
    }

    private static ConfirmProbationRequest YueJiangConfirmed(string on = "2023-01-12") => new()
    {
        Person = "岳 江", Organization = "市公安局国内安全保卫支队", Title = "支队长", ConfirmedOn = Dates.Wire(on), Source = "阳泉市公安局2023年1月试用期考核",
    };

    [Fact]
    public async Task Probations_running_on_2022_06_01_are_the_seed_facts_sorted_by_end_date()
    {
        var response = await Probations.ListProbationsAsync(new ListProbationsRequest { RunningOn = Dates.Wire("2022-06-01") });

        var expected = SeedFacts.Current.Probations.Select(p => (p.Person, p.Post, p.From, p.Until)).ToList();
        var actual = response.Probations.Select(p => (p.Tenure.Person, p.Tenure.Organization + p.Tenure.Title,
            Dates.Iso(p.Tenure.StartOn)!, Dates.Iso(p.Tenure.ProbationUntil)!)).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, actual);
        Assert.All(response.Probations, p => Assert.Equal(ProbationStatus.Running, p.Status));
        Assert.Empty(response.NextPageToken);
    }

    [Fact]
    public async Task After_Yue_Jiang_is_confirmed_on_2023_01_12_he_is_confirmed_and_Duan_Yongjun_is_overdue_on_2023_02_01()
    {
        var confirmed = await Probations.ConfirmProbationAsync(YueJiangConfirmed());

        Assert.True(confirmed.Created);
        Assert.Equal(("岳江", "2023-01-12", "阳泉市公安局2023年1月试用期考核"),
            (confirmed.Tenure.Person, Dates.Iso(confirmed.Tenure.ConfirmedOn), confirmed.Tenure.ConfirmedBy));
        Assert.Equal("阳泉市人民政府", confirmed.SubmittedBy);
        Assert.Equal([("岳江", "Confirmed")], await WithStatus(ProbationStatus.Confirmed, "2023-02-01"));
        Assert.Equal([("段拥军", "Overdue")], await WithStatus(ProbationStatus.Overdue, "2023-02-01"));
        // The day before the confirmation it was still running.
        Assert.Equal(["岳江", "段拥军"], (await WithStatus(ProbationStatus.Running, "2023-01-11")).Select(p => p.Person));
    }

    [Fact]
    public async Task Officeholder_answers_carry_the_confirmation_and_answer_as_recorded_before_it_without()
    {
        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var question = new ListOfficeholdersRequest { Organization = YueJiangPost, Title = "支队长", AsOf = Dates.Wire("2023-02-01") };
        var before = await roster.ListOfficeholdersAsync(question);
        var confirmed = await Probations.ConfirmProbationAsync(YueJiangConfirmed());

        var now = Assert.Single((await roster.ListOfficeholdersAsync(question)).Officeholders);
        Assert.Equal(("岳江", "2023-01-12", "阳泉市公安局2023年1月试用期考核"), (now.Person, Dates.Iso(now.ConfirmedOn), now.ConfirmedBy));
        var held = Assert.Single(before.Officeholders);
        Assert.Null(held.ConfirmedOn);

        var asRecorded = question.Clone();
        asRecorded.AsRecordedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(confirmed.RecordedAt.ToDateTime().AddTicks(-10));
        var then = Assert.Single((await roster.ListOfficeholdersAsync(asRecorded)).Officeholders);
        Assert.Equal("岳江", then.Person);
        Assert.Null(then.ConfirmedOn);
        asRecorded.AsRecordedAt = confirmed.RecordedAt;
        Assert.Equal("2023-01-12", Dates.Iso(Assert.Single((await roster.ListOfficeholdersAsync(asRecorded)).Officeholders).ConfirmedOn));
    }

    [Fact]
    public async Task Probations_as_recorded_before_a_confirmation_are_still_running_or_overdue()
    {
        var confirmed = await Probations.ConfirmProbationAsync(YueJiangConfirmed());
        var request = new ListProbationsRequest
        {
            Status = ProbationStatus.Overdue, On = Dates.Wire("2023-02-01"),
            AsRecordedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(confirmed.RecordedAt.ToDateTime().AddTicks(-10)),
        };

        var then = await Probations.ListProbationsAsync(request);

        Assert.Equal(["岳江", "段拥军"], then.Probations.Select(p => p.Tenure.Person));
        Assert.Equal([("段拥军", "Overdue")], await WithStatus(ProbationStatus.Overdue, "2023-02-01"));
    }

    [Fact]
    public async Task Confirming_again_is_idempotent_and_keeps_recorded_at()
    {
        var first = await Probations.ConfirmProbationAsync(YueJiangConfirmed());
        var snapshot = _host.Snapshot();

        var again = await Probations.ConfirmProbationAsync(YueJiangConfirmed());

        Assert.False(again.Created);
        Assert.Equal(first.RecordedAt, again.RecordedAt);
        Assert.Equal(first.Tenure, again.Tenure);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_confirmation_order_item_confirms_without_starting_or_ending_a_tenure()
    {
        var order = new Order
        {
            DocumentNumber = "阳政任字〔2023〕5号", Issuer = "阳泉市人民政府", DecisionBody = "阳泉市人民政府常务会议",
            DecidedOn = Dates.Wire("2023-01-29"), IssuedOn = Dates.Wire("2023-01-30"),
            Items = { new OrderItem { Action = OrderAction.ConfirmProbation, Person = "段拥军", Organization = "盂县经济技术开发区管委会", Title = "主任" } },
        };

        var response = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order, RejectConflicts = true });

        Assert.Equal("阳泉市人民政府关于段拥军试用期满正式任职的通知", response.Order.Title);
        Assert.Empty(response.Warnings);
        var list = await Probations.ListProbationsAsync(new ListProbationsRequest { EndingFrom = Dates.Wire("2023-01-20"), On = Dates.Wire("2023-02-01") });
        var duan = Assert.Single(list.Probations);
        Assert.Equal((ProbationStatus.Confirmed, "2023-01-29", "阳政任字〔2023〕5号", "2022-01-29", null),
            (duan.Status, Dates.Iso(duan.Tenure.ConfirmedOn), duan.Tenure.ConfirmedBy, Dates.Iso(duan.Tenure.StartOn), Dates.Iso(duan.Tenure.EndOn)));
    }

    [Fact]
    public async Task A_removal_before_the_probation_ends_is_ended_early()
    {
        var removal = new Order
        {
            DocumentNumber = "阳政任字〔2022〕30号", Issuer = "阳泉市人民政府", DecidedOn = Dates.Wire("2022-10-01"),
            Items = { new OrderItem { Action = OrderAction.Remove, Person = "段拥军", Organization = DuanPost, Title = "主任" } },
        };
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = removal });

        Assert.Equal([("段拥军", "EndedEarly")], await WithStatus(ProbationStatus.EndedEarly, "2022-12-01"));
        Assert.Equal([("岳江", "Running")], await WithStatus(ProbationStatus.Running, "2022-12-01"));
        Assert.Equal([("岳江", "Overdue")], await WithStatus(ProbationStatus.Overdue, "2023-02-01"));
    }

    [Fact]
    public async Task A_second_confirmation_of_a_confirmed_probation_is_refused_naming_the_first_and_stores_nothing()
    {
        // A later confirmation would change nothing (the first wins), so it is refused rather than answered created=true.
        await Probations.ConfirmProbationAsync(YueJiangConfirmed());
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Probations.ConfirmProbationAsync(YueJiangConfirmed("2023-03-03")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal(("PROBATION_ALREADY_CONFIRMED", "confirmed_on"), (violation.Type, violation.Subject));
        Assert.Contains("already confirmed on 2023-01-12", violation.Description);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_confirmation_dated_after_today_is_invalid_argument()
    {
        // "Today" is the jurisdiction's (docs/time.md), not the test machine's: from 16:00 UTC Shanghai is a day ahead.
        var today = new JurisdictionCalendar(TimeProvider.System, JurisdictionCalendar.ZoneOf(JurisdictionCalendar.DefaultZoneId)).Today;
        var tomorrow = today.AddDays(1).ToString("yyyy-MM-dd");

        var error = await Assert.ThrowsAsync<RpcException>(() => Probations.ConfirmProbationAsync(YueJiangConfirmed(tomorrow)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("confirmed_on", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Theory]
    [InlineData("米炳生", "市公安局", "局长", "2022-06-01", "CONFIRMATION_WITHOUT_PROBATION", "person")]
    [InlineData("岳江", "市公安局国内安全保卫支队", "支队长", "2022-01-11", "CONFIRMATION_BEFORE_START", "confirmed_on")]
    [InlineData("无名氏", "市公安局国内安全保卫支队", "支队长", "2022-06-01", "CONFIRMATION_WITHOUT_PROBATION", "person")]
    public async Task Confirming_what_has_no_probation_then_is_failed_precondition_and_stores_nothing(
        string person, string organization, string title, string on, string type, string subject)
    {
        var snapshot = _host.Snapshot();
        var error = await Assert.ThrowsAsync<RpcException>(() => Probations.ConfirmProbationAsync(new ConfirmProbationRequest
        {
            Person = person, Organization = organization, Title = title, ConfirmedOn = Dates.Wire(on), Source = "考核",
        }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal((type, subject), (violation.Type, violation.Subject));
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_confirmation_without_date_or_source_is_invalid_argument_naming_both()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Probations.ConfirmProbationAsync(new ConfirmProbationRequest
        {
            Person = "岳江", Organization = YueJiangPost, Title = "支队长",
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["confirmed_on", "source"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Listing_needs_exactly_one_criterion()
    {
        foreach (var request in new[]
                 {
                     new ListProbationsRequest(),
                     new ListProbationsRequest { RunningOn = Dates.Wire("2022-06-01"), Status = ProbationStatus.Overdue, On = Dates.Wire("2023-02-01") },
                     new ListProbationsRequest { Status = ProbationStatus.Overdue },
                 })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => Probations.ListProbationsAsync(request).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        }
    }

    [Fact]
    public async Task Pages_follow_the_order_and_a_token_is_bound_to_its_filter()
    {
        var request = new ListProbationsRequest { RunningOn = Dates.Wire("2022-06-01"), PageSize = 1 };
        var first = await Probations.ListProbationsAsync(request);
        var second = await Probations.ListProbationsAsync(new ListProbationsRequest { RunningOn = request.RunningOn, PageSize = 1, PageToken = first.NextPageToken });

        Assert.Equal(("岳江", "段拥军"), (Assert.Single(first.Probations).Tenure.Person, Assert.Single(second.Probations).Tenure.Person));
        Assert.Empty(second.NextPageToken);
        var error = await Assert.ThrowsAsync<RpcException>(() => Probations.ListProbationsAsync(new ListProbationsRequest
        {
            RunningOn = Dates.Wire("2022-07-01"), PageSize = 1, PageToken = first.NextPageToken,
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_clerk_of_the_office_that_appointed_Yue_Jiang_may_confirm_and_a_reader_may_not()
    {
        var reader = new ProbationService.ProbationServiceClient(_host.ChannelWith(await _host.CreateKeyAsync("阳泉市人民政府", Role.Reader)));
        var clerk = new ProbationService.ProbationServiceClient(_host.ChannelWith(await _host.CreateKeyAsync("阳泉市人民政府", Role.Clerk)));

        var denied = await Assert.ThrowsAsync<RpcException>(() => reader.ConfirmProbationAsync(YueJiangConfirmed()).ResponseAsync);
        var stored = await clerk.ConfirmProbationAsync(YueJiangConfirmed());

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(("阳泉市人民政府", "2023-01-12"), (stored.SubmittedBy, Dates.Iso(stored.Tenure.ConfirmedOn)));
        var anonymous = new ProbationService.ProbationServiceClient(_host.AnonymousChannel);
        Assert.Equal(2, (await anonymous.ListProbationsAsync(new ListProbationsRequest { RunningOn = Dates.Wire("2022-06-01") })).Probations.Count);
    }

    [Theory]
    [InlineData("太原市人民政府")]
    [InlineData("阳泉市公安局")]
    public async Task A_clerk_of_an_office_that_did_not_appoint_Yue_Jiang_is_denied_his_confirmation_and_the_refusal_is_audited(string office)
    {
        var key = await _host.CreateKeyAsync(office, Role.Clerk);
        var clerk = new ProbationService.ProbationServiceClient(_host.ChannelWith(key));
        var snapshot = _host.Snapshot();

        // The full name: "市公安局…" sent by a key of 太原 would be read in 太原.
        var request = YueJiangConfirmed();
        request.Organization = YueJiangPost;
        var denied = await Assert.ThrowsAsync<RpcException>(() => clerk.ConfirmProbationAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal("PROBATION_OF_ANOTHER_OFFICE", denied.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Contains("阳政任字〔2022〕1号 of 阳泉市人民政府", denied.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(snapshot, _host.Snapshot());
        Assert.Empty(await WithStatus(ProbationStatus.Confirmed, "2023-02-01"));
        var audit = new AuditService.AuditServiceClient(_host.Channel);
        var events = (await audit.ListAuditEventsAsync(new ListAuditEventsRequest { Actor = ApiKeySecret.PrefixOf(key)!, PageSize = 10 })).Events;
        var refusal = Assert.Single(events);
        Assert.Equal(("roster.v1.ProbationService/ConfirmProbation", "DENIED", "PERMISSION_DENIED", "PROBATION_OF_ANOTHER_OFFICE", office),
            (refusal.Method, refusal.Outcome, refusal.Status, refusal.Reason, refusal.Office));
        // An editor of any office may confirm it, as for orders.
        var editor = new ProbationService.ProbationServiceClient(_host.ChannelWith(await _host.CreateKeyAsync(office, Role.Editor)));
        Assert.True((await editor.ConfirmProbationAsync(request)).Created);
    }

    private static SubmitOrderRequest YueJiangConfirmedByOrder(string documentNumber, string issuer, bool validateOnly = false) => new()
    {
        Order = new Order
        {
            DocumentNumber = documentNumber, Issuer = issuer, DecidedOn = Dates.Wire("2023-01-12"), IssuedOn = Dates.Wire("2023-01-12"),
            Items = { new OrderItem { Action = OrderAction.ConfirmProbation, Person = "岳江", Organization = YueJiangPost, Title = "支队长" } },
        },
        ValidateOnly = validateOnly,
    };

    [Theory]
    [InlineData("山西省人民政府", "晋政任字〔2023〕1号", "PROBATION_OF_ANOTHER_OFFICE", "order.items[0]")]
    [InlineData("阳泉市公安局", "阳公任字〔2023〕1号", "PROBATION_OF_ANOTHER_OFFICE", "order.items[0]")]
    [InlineData("太原市人民政府", "并政任字〔2022〕7号", "ORGANIZATION_OF_ANOTHER_JURISDICTION", "order.items[0].organization")]
    public async Task A_clerks_own_order_confirming_Yue_Jiangs_probation_set_by_another_office_is_denied_naming_the_item_and_audited(
        string office, string documentNumber, string reason, string field)
    {
        var key = await _host.CreateKeyAsync(office, Role.Clerk);
        var clerk = new OrderService.OrderServiceClient(_host.ChannelWith(key));
        var snapshot = _host.Snapshot();

        var denied = await Assert.ThrowsAsync<RpcException>(() => clerk.SubmitOrderAsync(YueJiangConfirmedByOrder(documentNumber, office)).ResponseAsync);
        var dryRun = await Assert.ThrowsAsync<RpcException>(() => clerk.SubmitOrderAsync(YueJiangConfirmedByOrder(documentNumber, office, validateOnly: true)).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (denied.StatusCode, dryRun.StatusCode));
        var info = denied.GetRpcStatus()!.GetDetail<ErrorInfo>();
        Assert.Equal((reason, field), (info.Reason, info.Metadata["field"]));
        Assert.StartsWith($"{field}: a clerk key of {office} cannot", denied.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(snapshot, _host.Snapshot());
        Assert.Empty(await WithStatus(ProbationStatus.Confirmed, "2023-02-01"));
        var audit = new AuditService.AuditServiceClient(_host.Channel);
        var events = (await audit.ListAuditEventsAsync(new ListAuditEventsRequest { Actor = ApiKeySecret.PrefixOf(key)!, PageSize = 10 })).Events;
        // The refusal and the refused dry run, each one row.
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(("roster.v1.OrderService/SubmitOrder", "DENIED", "PERMISSION_DENIED", reason, office),
            (e.Method, e.Outcome, e.Status, e.Reason, e.Office)));
    }

    [Fact]
    public async Task The_appointing_offices_clerk_and_an_editor_of_another_office_may_confirm_Yue_Jiang_by_order()
    {
        var yangquan = new OrderService.OrderServiceClient(_host.ChannelWith(await _host.CreateKeyAsync("阳泉市人民政府", Role.Clerk)));
        var editor = new OrderService.OrderServiceClient(_host.ChannelWith(await _host.CreateKeyAsync("太原市人民政府", Role.Editor)));

        var dryRun = await yangquan.SubmitOrderAsync(YueJiangConfirmedByOrder("阳政任字〔2023〕7号", "阳泉市人民政府", validateOnly: true));
        var stored = await editor.SubmitOrderAsync(YueJiangConfirmedByOrder("并政任字〔2022〕7号", "太原市人民政府"));

        Assert.Equal((false, true), (dryRun.Created, stored.Created));
        Assert.Equal([("岳江", "Confirmed")], await WithStatus(ProbationStatus.Confirmed, "2023-02-01"));
    }

    [Fact]
    public async Task Running_probations_and_anomalies_are_readable_as_json_with_typed_dates()
    {
        using var http = new HttpClient();
        var probations = await http.GetStringAsync(new Uri(_host.HttpAddress, "/v1/probations?running_on=2022-06-01"));
        var anomalies = await http.GetStringAsync(new Uri(_host.HttpAddress, "/v1/anomalies?as_of=2023-02-01&organization=" + Uri.EscapeDataString("盂县经济技术开发区管委会")));

        using var document = System.Text.Json.JsonDocument.Parse(probations);
        Assert.Equal(["岳江", "段拥军"], document.RootElement.GetProperty("probations").EnumerateArray()
            .Select(p => p.GetProperty("tenure").GetProperty("person").GetString()));
        Assert.Contains("PROBATION_OVERDUE", anomalies);
        Assert.Contains("REMOVAL_WITHOUT_RECORDED_TENURE", anomalies);
    }
}
