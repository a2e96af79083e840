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

    [Fact]
    public async Task Ordinary_server_arguments_are_not_a_command()
    {
        Assert.Null(await ServerAdminCommand.TryRunAsync(["--urls", "http://127.0.0.1:5999"], TextWriter.Null, TextWriter.Null));
    }
}
