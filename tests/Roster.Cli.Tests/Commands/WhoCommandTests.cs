using Google.Protobuf;
using Roster.Cli.Commands;
using Roster.Cli.Tests.Fakes;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Commands;

public class WhoCommandTests
{
    private readonly FakeServer _server = new();

    private FakeServer Answering(ListOfficeholdersResponse response) =>
        _server.Answer<ListOfficeholdersRequest, ListOfficeholdersResponse>("ListOfficeholders", _ => response);

    private static ListOfficeholdersResponse Held(params Tenure[] holders) => new()
    {
        Organization = "阳泉市公安局",
        AsOf = Tenures.On(2022, 1, 29),
        Coverage = Coverage.Held,
        Officeholders = { holders },
    };

    [Fact]
    public async Task Who_headed_public_security_bureau_on_2022_01_29_prints_a_header_and_an_aligned_table()
    {
        Answering(Held(Tenures.JinRunxi()));

        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--on", "2022-01-29");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(
            """
            阳泉市公安局 HEAD on 2022-01-29: HELD
            PERSON  POST              FROM                              UNTIL       PROBATION UNTIL  NOTES  ORDERS
            靳润喜  阳泉市公安局局长  unknown (known since 2022-01-05)  2022-01-30  —                —      ended by 阳政任字〔2022〕2号

            """,
            run.Output);
    }

    [Fact]
    public async Task Asks_for_the_head_on_the_given_date_when_neither_title_nor_rank_is_given()
    {
        Answering(Held());

        await CliRun.RunAsync(_server, "who", "市公安局", "--on", "2022-01-29");

        Assert.Equal(
            new ListOfficeholdersRequest { Organization = "市公安局", Rank = PostRank.Head, AsOf = Tenures.On(2022, 1, 29) },
            Assert.Single(_server.Requests));
    }

    [Fact]
    public async Task Leaves_the_date_to_the_server_without_on()
    {
        Answering(Held());

        await CliRun.RunAsync(_server, "who", "阳泉市公安局");

        Assert.Null(((ListOfficeholdersRequest)Assert.Single(_server.Requests)).AsOf);
    }

    [Theory]
    [InlineData("deputy", PostRank.Deputy)]
    [InlineData("DEPUTY", PostRank.Deputy)]
    [InlineData("head", PostRank.Head)]
    public async Task Asks_for_a_rank(string rank, PostRank expected)
    {
        Answering(Held());

        await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--rank", rank);

        Assert.Equal(expected, ((ListOfficeholdersRequest)Assert.Single(_server.Requests)).Rank);
    }

    [Fact]
    public async Task Asks_for_a_title_and_names_it_in_the_header()
    {
        Answering(new ListOfficeholdersResponse
        {
            Organization = "阳泉市公安局国内安全保卫支队",
            AsOf = Tenures.On(2022, 1, 12),
            Coverage = Coverage.Held,
            Officeholders = { Tenures.YueJiang() },
        });

        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局国内安全保卫支队", "--title", "支队长", "--on", "2022-01-12");

        var request = (ListOfficeholdersRequest)Assert.Single(_server.Requests);
        Assert.Equal(ListOfficeholdersRequest.PostOneofCase.Title, request.PostCase);
        Assert.Equal("支队长", request.Title);
        Assert.Equal(
            """
            阳泉市公安局国内安全保卫支队 支队长 on 2022-01-12: HELD
            PERSON  POST                                FROM        UNTIL  PROBATION UNTIL  NOTES  ORDERS
            岳江    阳泉市公安局国内安全保卫支队支队长  2022-01-12  —      2023-01-12       —      started by 阳政任字〔2022〕1号

            """,
            run.Output);
    }

    [Fact]
    public async Task Prints_the_flags_of_a_tenure_as_notes()
    {
        var tenure = Tenures.YueJiang();
        tenure.RetainsRank = true;
        tenure.Concurrent = true;
        tenure.Acting = true;
        Answering(Held(tenure));

        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局");

        Assert.Contains("  retains rank, concurrent, acting  ", run.Output);
    }

    [Fact]
    public async Task Says_when_the_post_is_vacant()
    {
        Answering(new ListOfficeholdersResponse { Organization = "阳泉市公安局治安管理支队", AsOf = Tenures.On(2022, 1, 12), Coverage = Coverage.Vacant });

        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局治安管理支队", "--title", "支队长", "--on", "2022-01-12");

        Assert.Equal(
            """
            阳泉市公安局治安管理支队 支队长 on 2022-01-12: VACANT
            vacant: our records show the post ended and nobody was appointed to it by 2022-01-12

            """,
            run.Output);
    }

    [Fact]
    public async Task Says_when_no_record_reaches_the_date()
    {
        Answering(new ListOfficeholdersResponse { Organization = "阳泉市公安局", AsOf = Tenures.On(2021, 6, 1), Coverage = Coverage.Unknown });

        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--rank", "deputy", "--on", "2021-06-01");

        Assert.Equal(
            """
            阳泉市公安局 DEPUTY on 2021-06-01: UNKNOWN
            unknown: no record reaches 2021-06-01

            """,
            run.Output);
    }

    [Fact]
    public async Task Prints_the_response_as_protobuf_json_for_scripts()
    {
        var response = Held(Tenures.JinRunxi());
        Answering(response);

        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--on", "2022-01-29", "--json");

        Assert.Equal(response, JsonParser.Default.Parse<ListOfficeholdersResponse>(run.Output));
        Assert.Contains("\"coverage\": \"COVERAGE_HELD\"", run.Output);
        Assert.Contains("\"startKnown\": false", run.Output); // defaults are printed, so scripts can test them
        Assert.Contains("靳润喜", run.Output);
    }

    [Fact]
    public async Task Title_and_rank_together_are_a_usage_error_and_nothing_is_sent()
    {
        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--title", "局长", "--rank", "head");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"error: {WhoCommand.TitleAndRankError}", run.Error);
        Assert.Empty(_server.Connections);
    }

    [Theory]
    [InlineData("2022-02-30")] // not a calendar date
    [InlineData("2022/01/29")]
    [InlineData("29.1.2022")]
    [InlineData("yesterday")]
    public async Task A_bad_on_date_is_a_usage_error(string on)
    {
        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--on", on);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal($"error: {DateOption.Error("--on", on)}\nRun 'roster who --help' for usage.\n", run.Error);
        Assert.Empty(_server.Connections);
    }

    [Theory]
    [InlineData("member")]
    [InlineData("boss")]
    public async Task A_rank_other_than_head_or_deputy_is_a_usage_error(string rank)
    {
        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--rank", rank);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(WhoCommand.RankError(rank), run.Error);
    }

    [Fact]
    public async Task An_empty_title_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(_server, "who", "阳泉市公安局", "--title", " ");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(WhoCommand.EmptyTitleError, run.Error);
    }

    [Fact]
    public async Task A_missing_organization_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(_server, "who");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
    }
}
