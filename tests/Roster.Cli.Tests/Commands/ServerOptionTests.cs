using Roster.Cli.Tests.Fakes;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Commands;

public class ServerOptionTests
{
    private readonly FakeServer _server = new FakeServer()
        .Answer<GetPersonRequest, GetPersonResponse>("GetPerson", request => new GetPersonResponse { Person = new Person { Name = request.Name } });

    [Fact]
    public async Task Connects_to_the_local_default_without_option_or_environment()
    {
        await CliRun.RunAsync(_server, "person", "岳江");

        Assert.Equal(new Uri(GlobalOptions.DefaultServer), Assert.Single(_server.Connections));
    }

    [Fact]
    public async Task Takes_the_default_from_roster_server()
    {
        var environment = new Dictionary<string, string> { [GlobalOptions.ServerVariable] = "http://roster.internal:8080" };

        await CliRun.RunAsync(_server, environment, "person", "岳江");

        Assert.Equal(new Uri("http://roster.internal:8080"), Assert.Single(_server.Connections));
    }

    [Theory]
    [InlineData("--server", "http://10.0.0.5:5080", "person", "岳江")]
    [InlineData("person", "岳江", "--server", "http://10.0.0.5:5080")] // a global option goes anywhere
    public async Task The_option_wins_over_the_environment(params string[] args)
    {
        var environment = new Dictionary<string, string> { [GlobalOptions.ServerVariable] = "http://roster.internal:8080" };

        await CliRun.RunAsync(_server, environment, args);

        Assert.Equal(new Uri("http://10.0.0.5:5080"), Assert.Single(_server.Connections));
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://roster")]
    [InlineData("not a url")]
    public async Task A_server_that_is_not_an_http_address_is_a_usage_error(string server)
    {
        var run = await CliRun.RunAsync(_server, "person", "岳江", "--server", server);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("is not a server address", run.Error);
        Assert.Empty(_server.Connections);
    }

    [Fact]
    public async Task A_bad_roster_server_variable_is_a_usage_error_naming_it()
    {
        var environment = new Dictionary<string, string> { [GlobalOptions.ServerVariable] = "roster:5080" };

        var run = await CliRun.RunAsync(_server, environment, "person", "岳江");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"error: {GlobalOptions.ServerVariable}: 'roster:5080'", run.Error);
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(_server);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.EndsWith("Run 'roster --help' for usage.\n", run.Error);
    }

    [Fact]
    public async Task Help_succeeds_and_lists_the_commands()
    {
        var run = await CliRun.RunAsync(_server, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("who <ORGANIZATION>", run.Output);
        Assert.Contains("person <NAME>", run.Output);
        Assert.Contains("order", run.Output);
    }
}
