using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>
/// Corrections over a real server on the seed: revoking or amending 阳政任字〔2022〕4号 (段拥军 appointed 盂县经济技术开发区管委会主任
/// from 2022-01-29, after 阳政任字〔2022〕3号 removed 张五太 the same day) by a later order; nothing stored is changed, and
/// the answer as recorded a moment before the correction is still the old one.
/// </summary>
public sealed class CorrectionTests : IAsyncLifetime
{
    private const string Zone = "盂县经济技术开发区管委会";
    private const string Order4 = "阳政任字〔2022〕4号";
    private RosterServerHost _host = null!;
    private OrderService.OrderServiceClient Orders => new(_host.Channel);
    private RosterService.RosterServiceClient Roster => new(_host.Channel);

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>阳政任字〔2022〕{number}号 of 2022-02-10 that revokes (or amends) <paramref name="target"/>.</summary>
    internal static Order Correction(string target = Order4, CorrectionKind kind = CorrectionKind.Revoke, int number = 9, params OrderItem[] items) => new()
    {
        DocumentNumber = $"阳政任字〔2022〕{number}号",
        Issuer = "阳泉市人民政府",
        DecisionBody = "阳泉市人民政府常务会议",
        DecidedOn = Dates.Wire("2022-02-10"),
        IssuedOn = Dates.Wire("2022-02-10"),
        Corrects = new OrderCorrection { DocumentNumber = target, Kind = kind },
        Items = { items },
    };

    private Task<ListOfficeholdersResponse> ZoneHeadAsync(string on, Timestamp? asRecordedAt = null) =>
        Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Zone, Rank = PostRank.Head, AsOf = Dates.Wire(on), AsRecordedAt = asRecordedAt }).ResponseAsync;

    private static Timestamp JustBefore(Timestamp t) => Timestamp.FromDateTime(t.ToDateTime().AddTicks(-10));

    private async Task<RpcException> FailsAsync(Order order, bool rejectConflicts = false) =>
        await Assert.ThrowsAsync<RpcException>(() => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order, RejectConflicts = rejectConflicts }).ResponseAsync);

    [Fact]
    public async Task Revoking_order_4_leaves_the_zone_head_vacant_from_2022_01_29_but_as_recorded_before_it_answers_Duan_Yongjun()
    {
        Assert.Equal("段拥军", (await ZoneHeadAsync("2022-01-29")).Officeholders.Single().Person);

        var revocation = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Correction() });

        Assert.True(revocation.Created);
        Assert.Equal("阳泉市人民政府关于撤销阳政任字〔2022〕4号的通知", revocation.Order.Title);
        Assert.Empty(revocation.Order.Items);
        var now = await ZoneHeadAsync("2022-01-29");
        Assert.Equal(Coverage.Vacant, now.Coverage);
        Assert.Empty(now.Officeholders);
        Assert.Equal(Coverage.Vacant, (await ZoneHeadAsync("2022-06-01")).Coverage);
        Assert.Equal("张五太", (await ZoneHeadAsync("2022-01-28")).Officeholders.Single().Person);

        var before = await ZoneHeadAsync("2022-01-29", JustBefore(revocation.Order.RecordedAt));
        Assert.Equal(Coverage.Held, before.Coverage);
        var held = before.Officeholders.Single();
        Assert.Equal(("段拥军", "2022-01-29", "2023-01-29", Order4), (held.Person, Dates.Iso(held.StartOn), Dates.Iso(held.ProbationUntil), held.StartedBy));
        var atRevocation = await ZoneHeadAsync("2022-01-29", revocation.Order.RecordedAt);
        Assert.Equal(Coverage.Vacant, atRevocation.Coverage);
    }

    [Fact]
    public async Task ListOrders_shows_the_revocation_naming_order_4_and_order_4_naming_its_revoker_and_when()
    {
        var revocation = (await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Correction() })).Order;

        var listed = (await Orders.ListOrdersAsync(new ListOrdersRequest { Issuer = "阳泉市人民政府" })).Orders.ToDictionary(o => o.DocumentNumber);

        Assert.Equal(5, listed.Count);
        var revoker = listed["阳政任字〔2022〕9号"];
        Assert.Equal((Order4, CorrectionKind.Revoke), (revoker.Corrects.DocumentNumber, revoker.Corrects.Kind));
        Assert.Null(revoker.CorrectedBy);
        var target = listed[Order4];
        Assert.Equal(("阳政任字〔2022〕9号", CorrectionKind.Revoke, revocation.RecordedAt),
            (target.CorrectedBy.DocumentNumber, target.CorrectedBy.Kind, target.CorrectedBy.RecordedAt));
        Assert.Equal("段拥军", target.Items.Single().Person);
        Assert.Null(listed["阳政任字〔2022〕3号"].CorrectedBy);

        var earlier = await Orders.ListOrdersAsync(new ListOrdersRequest { AsRecordedAt = JustBefore(revocation.RecordedAt) });
        Assert.Equal(4, earlier.Orders.Count);
        Assert.All(earlier.Orders, o => Assert.Null(o.CorrectedBy));
        Assert.Equal("阳政任字〔2022〕9号", (await Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字[2022]4号" })).Order.CorrectedBy.DocumentNumber);
        Assert.Null((await Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = Order4, AsRecordedAt = JustBefore(revocation.RecordedAt) })).Order.CorrectedBy);
        var missing = await Assert.ThrowsAsync<RpcException>(() => Orders.GetOrderAsync(new GetOrderRequest
        { DocumentNumber = "阳政任字〔2022〕9号", AsRecordedAt = JustBefore(revocation.RecordedAt) }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_revoked_appointee_keeps_no_tenure_now_and_keeps_it_as_recorded_before()
    {
        var revocation = (await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Correction() })).Order;

        Assert.Empty((await Roster.GetPersonAsync(new GetPersonRequest { Name = "段拥军" })).Person.Tenures);
        var before = (await Roster.GetPersonAsync(new GetPersonRequest { Name = "段拥军", AsRecordedAt = JustBefore(revocation.RecordedAt) })).Person;
        Assert.Equal(Zone + "主任", before.Tenures.Single().Organization + before.Tenures.Single().Title);
        var tenures = await Roster.ListTenuresAsync(new ListTenuresRequest { Organization = Zone, AsRecordedAt = JustBefore(revocation.RecordedAt) });
        Assert.Equal(["张五太", "段拥军"], tenures.Tenures.Select(t => t.Person));
        Assert.Equal(["张五太"], (await Roster.ListTenuresAsync(new ListTenuresRequest { Organization = Zone })).Tenures.Select(t => t.Person));
    }

    [Fact]
    public async Task An_amendment_replaces_order_4s_items_with_its_own()
    {
        var amendment = Correction(kind: CorrectionKind.Amend, number: 10, items:
            new OrderItem { Action = OrderAction.Appoint, Person = "段永军", Organization = Zone, Title = "主任", Probation = "P1Y" });
        amendment.EffectiveOn = Dates.Wire("2022-01-29");

        var stored = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = amendment });

        Assert.Equal("阳泉市人民政府关于更正阳政任字〔2022〕4号的通知", stored.Order.Title);
        var held = (await ZoneHeadAsync("2022-01-29")).Officeholders.Single();
        Assert.Equal(("段永军", "2023-01-29", "阳政任字〔2022〕10号"), (held.Person, Dates.Iso(held.ProbationUntil), held.StartedBy));
        Assert.Empty((await Roster.GetPersonAsync(new GetPersonRequest { Name = "段拥军" })).Person.Tenures);
        Assert.Equal("段拥军", (await ZoneHeadAsync("2022-01-29", JustBefore(stored.Order.RecordedAt))).Officeholders.Single().Person);
        var target = (await Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = Order4 })).Order;
        Assert.Equal((CorrectionKind.Amend, "阳政任字〔2022〕10号"), (target.CorrectedBy.Kind, target.CorrectedBy.DocumentNumber));
    }

    [Fact]
    public async Task Revoking_an_order_twice_is_failed_precondition_naming_the_first_revocation_and_stores_nothing()
    {
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Correction() });
        var snapshot = _host.Snapshot();

        var error = await FailsAsync(Correction(number: 11));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("ORDER_ALREADY_CORRECTED", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal("corrects.document_number", violation.Subject);
        Assert.Contains("阳政任字〔2022〕9号", violation.Description);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task Revoking_an_unrecorded_order_is_failed_precondition_and_stores_nothing()
    {
        var snapshot = _host.Snapshot();

        var error = await FailsAsync(Correction(target: "阳政任字〔2022〕40号"));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("CORRECTED_ORDER_NOT_FOUND", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task Another_issuers_order_cannot_revoke_or_amend_and_stores_nothing()
    {
        // An organ corrects only its own orders: a clerk of 太原市人民政府 must not revoke 阳政任字〔2022〕3号 with an order of its own office.
        var taiyuan = new OrderService.OrderServiceClient(_host.ChannelWith(await _host.CreateKeyAsync("太原市人民政府", global::Roster.Server.Security.Role.Clerk)));
        var revocation = Correction();
        revocation.DocumentNumber = "晋政任字〔2022〕1号";
        revocation.Issuer = "太原市人民政府";
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => taiyuan.SubmitOrderAsync(new SubmitOrderRequest { Order = revocation }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("CORRECTION_OF_ANOTHER_ISSUER", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Contains("issued by 阳泉市人民政府, not by 太原市人民政府", error.Status.Detail);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_correction_dated_before_its_target_was_issued_is_failed_precondition_and_stores_nothing()
    {
        // 阳政任字〔2022〕4号 was issued on 2022-01-30 (seed facts); a revocation decided in 2021 is a typo.
        var early = Correction();
        early.DecidedOn = Dates.Wire("2021-02-10");
        early.IssuedOn = Dates.Wire("2021-02-10");
        var snapshot = _host.Snapshot();

        var error = await FailsAsync(early);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("CORRECTION_BEFORE_TARGET", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Contains("(issued 2022-01-30) by an order dated 2021-02-10", error.Status.Detail);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Theory]
    [InlineData("阳政任字〔2022〕9号", "order.corrects.document_number")]   // itself
    [InlineData("四号文", "order.corrects.document_number")]               // malformed
    public async Task A_correction_naming_itself_or_no_document_number_is_invalid_argument(string target, string field)
    {
        var snapshot = _host.Snapshot();

        var error = await FailsAsync(Correction(target: target));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task Resubmitting_a_correction_is_idempotent_and_a_different_one_under_its_number_is_already_exists()
    {
        var first = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Correction() });
        var snapshot = _host.Snapshot();

        var again = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Correction(target: "阳政任字[2022]4 号") });

        Assert.True(again.AlreadyRecorded);
        Assert.False(again.Created);
        Assert.Equal(first.Order.RecordedAt, again.Order.RecordedAt);
        Assert.Equal(snapshot, _host.Snapshot());
        var other = await FailsAsync(Correction(target: "阳政任字〔2022〕3号"));
        Assert.Equal(StatusCode.AlreadyExists, other.StatusCode);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task An_amendment_rejected_for_conflicts_rolls_back_and_order_4_stays_in_force()
    {
        var snapshot = _host.Snapshot();
        // 靳润喜 heads 阳泉市公安局 until 2022-01-30: appointing another head on 2022-01-29 overlaps.
        var amendment = Correction(kind: CorrectionKind.Amend, number: 10, items:
            new OrderItem { Action = OrderAction.Appoint, Person = "段拥军", Organization = "阳泉市公安局", Title = "局长" });
        amendment.EffectiveOn = Dates.Wire("2022-01-29");

        var error = await FailsAsync(amendment, rejectConflicts: true);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("ORDER_CONFLICTS", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(snapshot, _host.Snapshot());
        Assert.Equal("段拥军", (await ZoneHeadAsync("2022-01-29")).Officeholders.Single().Person);
        Assert.Null((await Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = Order4 })).Order.CorrectedBy);
    }

    [Fact]
    public async Task A_correction_arriving_before_its_target_is_failed_precondition_and_succeeds_once_the_target_is_recorded()
    {
        // The appointment is of 2022-03-01, so its revocation is dated after it.
        var correction = Correction(target: "阳政任字〔2022〕20号");
        (correction.DecidedOn, correction.IssuedOn) = (Dates.Wire("2022-03-10"), Dates.Wire("2022-03-10"));
        var early = await FailsAsync(correction);
        Assert.Equal("CORRECTED_ORDER_NOT_FOUND", early.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);

        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment(documentNumber: "阳政任字〔2022〕20号") });
        var revocation = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = correction });

        Assert.True(revocation.Created);
        var energy = await Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市能源局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-03-01") });
        Assert.Equal(Coverage.Unknown, energy.Coverage);
    }

    [Fact]
    public async Task A_revocation_is_not_itself_corrected()
    {
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Correction() });

        var error = await FailsAsync(Correction(target: "阳政任字〔2022〕9号", number: 12));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("REVOCATION_NOT_CORRECTABLE", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }
}
