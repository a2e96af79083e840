using Google.Protobuf.WellKnownTypes;
using Roster.Cli.Tests.Fakes;
using Roster.Cli.Tests.Input;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Commands;

public class OrderShowCommandTests
{
    private readonly FakeServer _server = new();

    /// <summary>The first seed order as the server stores it: canonical, ranked, recorded.</summary>
    public static Order Stored()
    {
        var order = SeedOrders.Expected(0);
        order.Source.Gazette = "yangquan-gazette-2022-01.txt";
        order.RecordedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2022, 2, 28, 9, 30, 0, TimeSpan.Zero));
        order.Items[0].Rank = PostRank.Deputy;
        order.Items[1].Rank = PostRank.Head;
        order.Items[2].Rank = PostRank.Head;
        order.Items[3].Rank = PostRank.Head;
        return order;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_document_number_is_a_usage_error_without_a_call(string number)
    {
        var run = await CliRun.RunAsync(_server, "order", "show", number);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("DOCUMENT_NUMBER", run.Error);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Prints_the_header_fields_and_the_items()
    {
        _server.Answer<GetOrderRequest, GetOrderResponse>("GetOrder", _ => new GetOrderResponse { Order = Stored() });

        var run = await CliRun.RunAsync(_server, "order", "show", "阳政任字[2022]1号");

        Assert.Equal(new GetOrderRequest { DocumentNumber = "阳政任字[2022]1号" }, Assert.Single(_server.Requests));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            """
            document number  阳政任字〔2022〕1号
            issuer           阳泉市人民政府
            title            阳泉市人民政府关于赵海金等四人任免职务的通知
            decision body    阳泉市人民政府常务会议
            decided on       2022-01-12
            issued on        2022-01-13
            effective on     2022-01-12
            source           yangquan-gazette-2022-01.txt, lines 2497-2523
            recorded at      2022-02-28 09:30:00 UTC

            ITEM  ACTION   PERSON  POST                                RANK    PROBATION  NOTES
            [0]   APPOINT  赵海金  阳泉市公安局副局长                  DEPUTY  —          —
            [1]   APPOINT  岳江    阳泉市公安局国内安全保卫支队支队长  HEAD    P1Y        —
            [2]   REMOVE   郭建勇  阳泉市公安局治安管理支队支队长      HEAD    —          —
            [3]   REMOVE   石建军  阳泉市公安局国内安全保卫支队支队长  HEAD    —          retains rank

            """,
            run.Output);
    }

    [Fact]
    public async Task Prints_the_order_as_json()
    {
        _server.Answer<GetOrderRequest, GetOrderResponse>("GetOrder", _ => new GetOrderResponse { Order = Stored() });

        var run = await CliRun.RunAsync(_server, "--json", "order", "show", "阳政任字〔2022〕1号");

        Assert.Equal(Stored(), Google.Protobuf.JsonParser.Default.Parse<Order>(run.Output));
        Assert.Contains("\"documentNumber\": \"阳政任字〔2022〕1号\"", run.Output);
    }
}
