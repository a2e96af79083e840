using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>Every half-open range a query takes ([from, before), [period_start, period_end)) refuses an end that is not after its start, naming the end
/// field: such a range holds nothing, and an empty answer would hide a swapped pair.</summary>
public sealed class RangeTests(SeededServer server) : IClassFixture<SeededServer>
{
    public static TheoryData<string, string, string> Swapped => new()
    {
        { "ListOrders", "2022-01-30", "2022-01-13" },
        { "ListOrders", "2022-01-13", "2022-01-13" },
        { "GetListing", "2022-03-01", "2022-01-01" },
        { "ListProbations", "2023-02-01", "2023-01-01" },
        { "ListTenures", "2023-01-01", "2022-01-01" },
    };

    [Theory]
    [MemberData(nameof(Swapped))]
    public async Task A_date_range_whose_end_is_not_after_its_start_is_invalid_argument_on_the_end_field(string rpc, string from, string before)
    {
        var (call, field) = rpc switch
        {
            "ListOrders" => ((Func<Task>)(() => new OrderService.OrderServiceClient(server.Host.Channel)
                .ListOrdersAsync(new ListOrdersRequest { IssuedFrom = Dates.Wire(from), IssuedBefore = Dates.Wire(before) }).ResponseAsync), "issued_before"),
            "GetListing" => (() => new GazetteService.GazetteServiceClient(server.Host.Channel)
                .GetListingAsync(new GetListingRequest { IssuedFrom = Dates.Wire(from), IssuedBefore = Dates.Wire(before) }).ResponseAsync, "issued_before"),
            "ListTenures" => (() => new RosterService.RosterServiceClient(server.Host.Channel)
                .ListTenuresAsync(new ListTenuresRequest { Organization = "阳泉市公安局", PeriodStart = Dates.Wire(from), PeriodEnd = Dates.Wire(before) }).ResponseAsync, "period_end"),
            _ => (() => new ProbationService.ProbationServiceClient(server.Host.Channel)
                .ListProbationsAsync(new ListProbationsRequest { EndingFrom = Dates.Wire(from), EndingBefore = Dates.Wire(before) }).ResponseAsync, "ending_before"),
        };

        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("RANGE_INVALID", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(field, violation.Field);
        Assert.Contains($"{before} is not after", violation.Description);
    }

    [Fact]
    public async Task An_audit_time_range_whose_end_is_before_its_start_is_invalid_argument()
    {
        var audit = new AuditService.AuditServiceClient(server.Host.Channel);
        var start = new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

        var error = await Assert.ThrowsAsync<RpcException>(() => audit.ListAuditEventsAsync(new ListAuditEventsRequest
        {
            OccurredFrom = Timestamp.FromDateTime(start), OccurredBefore = Timestamp.FromDateTime(start.AddHours(-1)),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("occurred_before", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task A_one_day_range_still_answers()
    {
        // 阳政任字〔2022〕1号 was issued on 2022-01-13 (seed facts): [2022-01-13, 2022-01-14) holds it.
        var orders = await new OrderService.OrderServiceClient(server.Host.Channel)
            .ListOrdersAsync(new ListOrdersRequest { IssuedFrom = Dates.Wire("2022-01-13"), IssuedBefore = Dates.Wire("2022-01-14") });

        Assert.Contains(orders.Orders, o => o.DocumentNumber == "阳政任字〔2022〕1号");
    }
}
