using Roster.Server.Hosting;

namespace Roster.Server.Tests.Security;

/// <summary>Asking the server binary for help prints its usage and starts nothing.</summary>
public sealed class ServerHelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public async Task Help_prints_the_usage_and_exits_0_without_building_a_server(string flag)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ServerAdminCommand.TryRunAsync([flag], output, error);

        Assert.Equal(0, exit);
        Assert.Equal(ServerAdminCommand.Usage + Environment.NewLine, output.ToString());
        Assert.Contains("Roster.Server admin key create --office OFFICE --role reader|clerk|editor|admin", output.ToString());
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData(0, "admin", "--help")]
    [InlineData(0, "admin", "key", "create", "--help")]
    [InlineData(2, "admin")]
    [InlineData(2, "admin", "key", "rotate")]
    public async Task Admin_asked_for_help_or_without_a_known_verb_prints_the_usage_and_touches_no_database(int expected, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ServerAdminCommand.TryRunAsync(args, output, error);

        Assert.Equal(expected, exit);
        Assert.Equal(ServerAdminCommand.Usage + Environment.NewLine, expected == 0 ? output.ToString() : error.ToString());
    }

    [Fact]
    public async Task Ordinary_server_arguments_are_not_a_command()
    {
        Assert.Null(await ServerAdminCommand.TryRunAsync(["--urls", "http://127.0.0.1:5999"], TextWriter.Null, TextWriter.Null));
    }
}
