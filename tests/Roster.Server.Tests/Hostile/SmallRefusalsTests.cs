using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Hostile;

/// <summary>Refusals that must be the same whichever door a value comes through: an enum number the contract does not
/// define, a name filter longer than any name, a negative source line.</summary>
public sealed class SmallRefusalsTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task GetListing_with_an_undefined_format_number_is_invalid_argument_over_grpc()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => new GazetteService.GazetteServiceClient(server.Host.Channel)
            .GetListingAsync(new GetListingRequest { Format = (ListingFormat)42 }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("format", Assert.Single(error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
    }

    [Theory]
    [InlineData("person")]
    [InlineData("issuer")]
    public async Task ListOrders_refuses_a_name_filter_longer_than_any_other_query_takes(string field)
    {
        var request = new ListOrdersRequest();
        var text = new string('长', 1_000_000);
        if (field == "person") request.Person = text; else request.Issuer = text;

        var error = await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(server.Host.Channel).ListOrdersAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
    }

    [Theory]
    [InlineData(-5, 0, "order.source.line_start")]
    [InlineData(3, -1, "order.source.line_end")]
    [InlineData(10, 4, "order.source.line_end")]
    public async Task A_source_line_that_is_no_line_number_is_refused_and_nothing_stored(int start, int end, string field)
    {
        var order = OrderBuilder.Appointment("阳政任字〔2022〕991号");
        order.Source = new OrderSource { Gazette = "g.txt", LineStart = start, LineEnd = end };
        var before = server.Host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(server.Host.Channel)
            .SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(field, error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(before, server.Host.Snapshot());
    }
}
