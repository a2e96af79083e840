using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>AnomalyService over a real server on the seed (orders and rosters): each kind is produced by an order and resolved by a
/// later one (or a confirmation); <c>reject_conflicts</c> refuses an order that would introduce one.</summary>
public sealed class AnomalyServiceTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;
    private AnomalyService.AnomalyServiceClient Anomalies => new(_host.Channel);
    private OrderService.OrderServiceClient Orders => new(_host.Channel);

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<List<string>> On(string date, string? organization = null)
    {
        var response = await Anomalies.ListAnomaliesAsync(new ListAnomaliesRequest { AsOf = Dates.Wire(date), Organization = organization ?? "" });
        return response.Anomalies.Select(a => $"{a.Code} {string.Join("、", a.Persons)} {a.Organization}{a.Title} {string.Join("、", a.Documents)}").ToList();
    }

    private static Order OrderOf(string number, string decidedOn, params OrderItem[] items) => new()
    {
        DocumentNumber = number, Issuer = "阳泉市人民政府", DecisionBody = "阳泉市人民政府常务会议", DecidedOn = Dates.Wire(decidedOn), IssuedOn = Dates.Wire(decidedOn),
        Items = { items },
    };

    private static Order Effective(Order order, string effectiveOn)
    {
        order.EffectiveOn = Dates.Wire(effectiveOn);
        return order;
    }

    private static OrderItem Item(OrderAction action, string person, string organization, string title, string probation = "") =>
        new() { Action = action, Person = person, Organization = organization, Title = title, Probation = probation };

    private Task Submit(Order order) => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync;

    [Fact]
    public async Task The_seed_has_four_removals_of_unrecorded_tenures_but_not_the_one_a_roster_records()
    {
        Assert.Equal(
        [
            "REMOVAL_WITHOUT_RECORDED_TENURE 石建军 阳泉市公安局国内安全保卫支队支队长 阳政任字〔2022〕1号",
            "REMOVAL_WITHOUT_RECORDED_TENURE 郭建勇 阳泉市公安局治安管理支队支队长 阳政任字〔2022〕1号",
            "REMOVAL_WITHOUT_RECORDED_TENURE 张五太 盂县经济技术开发区管委会主任 阳政任字〔2022〕3号",
            "REMOVAL_WITHOUT_RECORDED_TENURE 史向中 阳泉市残疾人联合会副理事长 阳政任字〔2022〕3号",
        ], await On("2022-06-01"));
        // 靳润喜's removal (2号) closes the tenure the roster 阳政办发〔2022〕2号 records; before a removal's date it is not listed.
        Assert.Equal(2, (await On("2022-01-12")).Count);
        Assert.Empty(await On("2022-01-11"));
        Assert.Equal(["REMOVAL_WITHOUT_RECORDED_TENURE 张五太 盂县经济技术开发区管委会主任 阳政任字〔2022〕3号"], await On("2022-06-01", "盂县经济技术开发区管委会"));
    }

    [Fact]
    public async Task Revoking_an_order_withdraws_its_anomalies_which_remain_as_recorded_before_the_revocation()
    {
        const string zhangWutai = "REMOVAL_WITHOUT_RECORDED_TENURE 张五太 盂县经济技术开发区管委会主任 阳政任字〔2022〕3号";
        Assert.Contains(zhangWutai, await On("2022-06-01"));

        var revocation = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = CorrectionTests.Correction("阳政任字〔2022〕3号") });

        Assert.DoesNotContain(await On("2022-06-01"), a => a.EndsWith("阳政任字〔2022〕3号", StringComparison.Ordinal));
        var before = await Anomalies.ListAnomaliesAsync(new ListAnomaliesRequest
        {
            AsOf = Dates.Wire("2022-06-01"),
            AsRecordedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(revocation.Order.RecordedAt.ToDateTime().AddTicks(-10)),
        });
        Assert.Contains(before.Anomalies, a => a.Code == "REMOVAL_WITHOUT_RECORDED_TENURE" && a.Persons.Contains("张五太"));
    }

    [Fact]
    public async Task A_back_filled_appointment_resolves_a_removal_without_recorded_tenure()
    {
        await Submit(OrderOf("阳政任字〔2019〕7号", "2019-05-01", Item(OrderAction.Appoint, "石建军", "市公安局国内安全保卫支队", "支队长")));

        Assert.DoesNotContain(await On("2022-06-01"), a => a.Contains("石建军"));
    }

    [Fact]
    public async Task Overdue_probations_are_listed_until_confirmed()
    {
        Assert.DoesNotContain(await On("2022-06-01"), a => a.StartsWith("PROBATION_OVERDUE"));
        Assert.Equal(
        [
            "PROBATION_OVERDUE 岳江 阳泉市公安局国内安全保卫支队支队长 阳政任字〔2022〕1号",
            "PROBATION_OVERDUE 段拥军 盂县经济技术开发区管委会主任 阳政任字〔2022〕4号",
        ], (await On("2023-02-01")).Where(a => a.StartsWith("PROBATION_OVERDUE")));

        await new ProbationService.ProbationServiceClient(_host.Channel).ConfirmProbationAsync(new ConfirmProbationRequest
        {
            Person = "岳江", Organization = "市公安局国内安全保卫支队", Title = "支队长", ConfirmedOn = Dates.Wire("2023-01-12"), Source = "考核合格",
        });

        Assert.Equal(["PROBATION_OVERDUE 段拥军 盂县经济技术开发区管委会主任 阳政任字〔2022〕4号"],
            (await On("2023-02-01")).Where(a => a.StartsWith("PROBATION_OVERDUE")));
    }

    [Fact]
    public async Task Overlapping_heads_are_listed_until_an_order_removes_one()
    {
        await Submit(OrderOf("阳政任字〔2022〕20号", "2022-02-10", Item(OrderAction.Appoint, "李四", "市公安局", "局长")));
        Assert.Equal(["OVERLAPPING_HEADS 米炳生、李四 阳泉市公安局局长 阳政任字〔2022〕2号、阳政任字〔2022〕20号"], await On("2022-02-15", "市公安局"));

        await Submit(OrderOf("阳政任字〔2022〕21号", "2022-03-01", Item(OrderAction.Remove, "米炳生", "市公安局", "局长")));

        Assert.Empty(await On("2022-03-01", "市公安局"));
        Assert.Single(await On("2022-02-15", "市公安局"));
    }

    [Fact]
    public async Task Appointing_someone_to_a_post_they_hold_is_listed_until_the_removal_in_between_is_recorded()
    {
        await Submit(OrderOf("阳政任字〔2022〕22号", "2022-05-01", Item(OrderAction.Appoint, "米炳生", "市公安局", "局长")));
        Assert.Equal(["ALREADY_HOLDS_POST 米炳生 阳泉市公安局局长 阳政任字〔2022〕22号、阳政任字〔2022〕2号"], await On("2022-06-01", "市公安局"));

        await Submit(OrderOf("阳政任字〔2022〕21号", "2022-04-01", Item(OrderAction.Remove, "米炳生", "市公安局", "局长")));

        Assert.Empty(await On("2022-06-01", "市公安局"));
    }

    [Fact]
    public async Task An_appointment_effective_before_an_earlier_decided_removal_is_listed_until_a_later_order_restates_it()
    {
        // 3号 (decided 2022-01-29) removed 史向中 on 2022-01-29; an order decided on 2022-02-10 appoints him from 2022-01-10.
        await Submit(Effective(OrderOf("阳政任字〔2022〕23号", "2022-02-10", Item(OrderAction.Appoint, "史向中", "市残疾人联合会", "副理事长")), "2022-01-10"));
        Assert.Equal(["EFFECTIVE_BEFORE_EARLIER_REMOVAL 史向中 阳泉市残疾人联合会副理事长 阳政任字〔2022〕23号、阳政任字〔2022〕3号"],
            await On("2022-02-15", "市残疾人联合会"));

        await Submit(OrderOf("阳政任字〔2022〕24号", "2022-03-01", Item(OrderAction.Appoint, "史向中", "市残疾人联合会", "副理事长")));

        Assert.Empty(await On("2022-03-15", "市残疾人联合会"));
    }

    [Fact]
    public async Task A_confirmation_without_a_probation_is_listed_until_the_appointment_it_confirms_is_recorded()
    {
        await Submit(OrderOf("阳政任字〔2023〕8号", "2023-03-01", Item(OrderAction.ConfirmProbation, "王五", "市体育局", "局长")));
        Assert.Equal(["CONFIRMATION_WITHOUT_PROBATION 王五 阳泉市体育局局长 阳政任字〔2023〕8号"], await On("2023-03-01", "市体育局"));

        await Submit(OrderOf("阳政任字〔2022〕25号", "2022-03-01", Item(OrderAction.Appoint, "王五", "市体育局", "局长", "P1Y")));

        Assert.Empty(await On("2023-03-01", "市体育局"));
    }

    [Theory]
    [InlineData("EFFECTIVE_BEFORE_EARLIER_REMOVAL")]
    [InlineData("CONFIRMATION_WITHOUT_PROBATION")]
    public async Task Reject_conflicts_refuses_an_order_that_would_introduce_an_anomaly_naming_the_item(string code)
    {
        var order = code == "CONFIRMATION_WITHOUT_PROBATION"
            ? OrderOf("阳政任字〔2023〕8号", "2023-03-01", Item(OrderAction.Appoint, "赵六", "市体育局", "副局长"), Item(OrderAction.ConfirmProbation, "王五", "市体育局", "局长"))
            : Effective(OrderOf("阳政任字〔2022〕23号", "2022-02-10", Item(OrderAction.Appoint, "赵六", "市体育局", "副局长"),
                Item(OrderAction.Appoint, "史向中", "市残疾人联合会", "副理事长")), "2022-01-10");
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order, RejectConflicts = true }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal((code, "items[1]"), (violation.Type, violation.Subject));
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task An_unknown_organisation_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Anomalies.ListAnomaliesAsync(new ListAnomaliesRequest { Organization = "阳泉市无此局" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
