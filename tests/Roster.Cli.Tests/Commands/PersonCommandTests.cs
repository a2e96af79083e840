using Roster.Cli.Tests.Fakes;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Commands;

public class PersonCommandTests
{
    private readonly FakeServer _server = new();

    [Fact]
    public async Task Prints_the_tenures_of_a_person_in_the_tenure_table()
    {
        _server.Answer<GetPersonRequest, GetPersonResponse>("GetPerson", _ => new GetPersonResponse { Person = new Person { Name = "岳江", Tenures = { Tenures.YueJiang() } } });

        var run = await CliRun.RunAsync(_server, "person", "岳 江");

        Assert.Equal(new GetPersonRequest { Name = "岳 江" }, Assert.Single(_server.Requests));
        Assert.Equal(
            """
            岳江: 1 tenure
            PERSON  POST                                FROM        UNTIL  PROBATION UNTIL  NOTES  ORDERS
            岳江    阳泉市公安局国内安全保卫支队支队长  2022-01-12  —      2023-01-12       —      started by 阳政任字〔2022〕1号

            """,
            run.Output);
    }

    [Fact]
    public async Task With_on_asks_for_the_posts_held_that_day()
    {
        _server.Answer<GetPersonRequest, GetPersonResponse>("GetPerson", _ => new GetPersonResponse { Person = new Person { Name = "石建军" } });

        var run = await CliRun.RunAsync(_server, "person", "石建军", "--on", "2022-01-12");

        Assert.Equal(new GetPersonRequest { Name = "石建军", AsOf = Tenures.On(2022, 1, 12) }, Assert.Single(_server.Requests));
        Assert.Equal("石建军 on 2022-01-12: no posts\n", run.Output);
    }

    [Fact]
    public async Task A_bad_on_date_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(_server, "person", "石建军", "--on", "2022-1-12");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Empty(_server.Connections);
    }
}
