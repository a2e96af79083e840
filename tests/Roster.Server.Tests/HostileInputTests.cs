using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>Oversized and invisible input gets a short, exact INVALID_ARGUMENT, never a broken call, and stores nothing.</summary>
public sealed class HostileInputTests(SeededServer server) : IClassFixture<SeededServer>
{
    private OrderService.OrderServiceClient Orders => new(server.Host.Channel);
    private RosterService.RosterServiceClient Roster => new(server.Host.Channel);

    [Fact]
    public async Task A_20000_character_document_number_is_invalid_argument_with_a_shortened_echo()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = new string('a', 20_000) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.True(error.Status.Detail.Length < 200, error.Status.Detail);
    }

    [Fact]
    public async Task Five_hundred_invalid_items_list_fifty_violations_and_count_the_rest()
    {
        var order = OrderBuilder.Appointment();
        order.Items.Clear();
        order.Items.Add(Enumerable.Range(0, 500).Select(_ => new OrderItem { Action = OrderAction.Appoint }));
        var snapshot = server.Host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(51, violations.Count);
        Assert.Equal("order.items[0].person", violations[0].Field);
        Assert.Equal("950 more invalid fields not listed", violations[^1].Description);
        Assert.Equal(snapshot, server.Host.Snapshot());
    }

    [Fact]
    public async Task A_bidi_override_in_an_organisation_is_named_as_such()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = "阳泉市\u202e公安局", Rank = PostRank.Head,
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("organization contains control or formatting characters", error.Status.Detail);
    }

    [Fact]
    public async Task A_page_token_is_refused_with_another_filter()
    {
        var first = await Orders.ListOrdersAsync(new ListOrdersRequest { PageSize = 1 });
        Assert.NotEqual("", first.NextPageToken);
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Orders.ListOrdersAsync(new ListOrdersRequest { PageSize = 1, Person = "张五太", PageToken = first.NextPageToken }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Who_with_the_short_city_form_resolves_in_the_only_jurisdiction()
    {
        var answer = await Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = "市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-01-30"),
        });
        Assert.Equal("阳泉市公安局", answer.Organization);
        Assert.Equal("米炳生", Assert.Single(answer.Officeholders).Person);
    }
}
