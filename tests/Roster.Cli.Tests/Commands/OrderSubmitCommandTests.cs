using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Google.Type;
using Grpc.Core;
using Roster.Cli.Input;
using Roster.Cli.Output;
using Roster.Cli.Tests.Fakes;
using Roster.Cli.Tests.Input;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Commands;

public class OrderSubmitCommandTests
{
    private readonly FakeServer _server = new();

    private FakeServer Answering(bool created, bool alreadyRecorded = false, params Warning[] warnings) =>
        _server.Answer<SubmitOrderRequest, SubmitOrderResponse>("SubmitOrder", _ => new SubmitOrderResponse
        {
            Order = OrderShowCommandTests.Stored(),
            Created = created,
            AlreadyRecorded = alreadyRecorded,
            Warnings = { warnings },
        });

    [Fact]
    public async Task Sends_the_order_read_from_the_file()
    {
        Answering(created: true);
        using var file = new TempFile("order.yaml", SeedOrders.Yaml(0));

        var run = await CliRun.RunAsync(_server, "order", "submit", file.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(new SubmitOrderRequest { Order = SeedOrders.Expected(0) }, Assert.Single(_server.Requests));
        Assert.StartsWith($"{SubmitOrderView.Created}: 阳政任字〔2022〕1号\n\ndocument number  阳政任字〔2022〕1号\n", run.Output);
    }

    [Fact]
    public async Task Passes_validate_only_and_reject_conflicts()
    {
        Answering(created: false);
        using var file = new TempFile("order.json", SeedOrders.Json(1));

        var run = await CliRun.RunAsync(_server, "order", "submit", file.Path, "--validate-only", "--reject-conflicts");

        var request = (SubmitOrderRequest)Assert.Single(_server.Requests);
        Assert.True(request.ValidateOnly);
        Assert.True(request.RejectConflicts);
        Assert.StartsWith($"{SubmitOrderView.ValidatedOnly}: ", run.Output);
    }

    [Fact]
    public async Task Says_when_the_same_order_was_already_recorded_and_prints_warnings()
    {
        Answering(
            created: false,
            alreadyRecorded: true,
            new Warning { Code = "REMOVAL_WITHOUT_RECORDED_TENURE", Message = "no recorded tenure of 郭建勇 as 阳泉市公安局治安管理支队支队长", ItemIndex = 2 },
            new Warning { Code = "TITLE_DERIVED", Message = "the title was derived from the items", ItemIndex = -1 });
        using var file = new TempFile("order.yaml", SeedOrders.Yaml(0));

        var run = await CliRun.RunAsync(_server, "order", "submit", file.Path);

        Assert.StartsWith($"{SubmitOrderView.AlreadyRecorded}: 阳政任字〔2022〕1号\n", run.Output);
        Assert.EndsWith(
            """

            2 warnings:
              REMOVAL_WITHOUT_RECORDED_TENURE (items[2]): no recorded tenure of 郭建勇 as 阳泉市公安局治安管理支队支队长
              TITLE_DERIVED: the title was derived from the items

            """,
            run.Output);
    }

    [Fact]
    public async Task Prints_the_response_as_json_with_created_false()
    {
        Answering(created: false);
        using var file = new TempFile("order.yaml", SeedOrders.Yaml(0));

        var run = await CliRun.RunAsync(_server, "order", "submit", file.Path, "--json");

        Assert.Contains("\"created\": false", run.Output);
        Assert.False(JsonParser.Default.Parse<SubmitOrderResponse>(run.Output).Created);
    }

    [Fact]
    public async Task Sends_a_date_that_does_not_exist_and_prints_the_servers_field_violation()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "the order is not valid",
            Details = { Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "order.decided_on", Description = "2022-02-30 is not a calendar date" } } }) },
        };
        _server.Fail("SubmitOrder", status.ToRpcException());
        using var file = new TempFile("order.yaml", SeedOrders.Yaml(0).Replace("2022-01-12", "2022-02-30"));

        var run = await CliRun.RunAsync(_server, "order", "submit", file.Path);

        var sent = ((SubmitOrderRequest)Assert.Single(_server.Requests)).Order;
        Assert.Equal(new Date { Year = 2022, Month = 2, Day = 30 }, sent.DecidedOn);
        Assert.Equal(ExitCodes.ServerError, run.ExitCode);
        Assert.Equal("error: InvalidArgument: the order is not valid\n  order.decided_on: 2022-02-30 is not a calendar date\n", run.Error);
    }

    [Fact]
    public async Task Sends_an_unknown_action_as_unspecified()
    {
        Answering(created: true);
        using var file = new TempFile("order.yaml", "document_number: X\nitems:\n  - {action: PROMOTE, person: 岳江}\n");

        await CliRun.RunAsync(_server, "order", "submit", file.Path);

        var sent = ((SubmitOrderRequest)Assert.Single(_server.Requests)).Order;
        Assert.Equal(OrderAction.Unspecified, sent.Items.Single().Action);
    }

    [Theory]
    [InlineData("order.yaml", "items: [\n")]
    [InlineData("order.json", "{\"items\": [}")]
    [InlineData("order.yaml", "")]
    [InlineData("order.yml", "decided_on: 12 January 2022\n")]
    public async Task A_malformed_file_is_an_input_error_and_nothing_is_sent(string name, string content)
    {
        using var file = new TempFile(name, content);

        var run = await CliRun.RunAsync(_server, "order", "submit", file.Path);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(_server.Connections);
    }

    [Fact]
    public async Task A_missing_file_is_an_input_error()
    {
        var run = await CliRun.RunAsync(_server, "order", "submit", "/no/such/order.yaml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"error: {OrderFileErrors.CannotRead("/no/such/order.yaml", "")}", run.Error);
    }
}
