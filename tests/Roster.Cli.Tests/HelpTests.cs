using Grpc.Net.Client;

namespace Roster.Cli.Tests;

/// <summary>Help text never shows a secret: the API key from ROSTER_API_KEY is not printed as a default.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("audit")]
    [InlineData("order", "submit")]
    public async Task Help_does_not_print_the_api_key_from_the_environment(params string[] command)
    {
        const string secret = "rk_AbCdEfGh12_secretpartthatmustnotshow";
        var output = new StringWriter();
        var context = new CliContext(output, new StringWriter(), server => GrpcChannel.ForAddress(server),
            name => name == GlobalOptions.ApiKeyVariable ? secret : null);

        var exitCode = await new RosterCommandLine(context).RunAsync([.. command, "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("--api-key", output.ToString());
        Assert.DoesNotContain("rk_AbCdEfGh12", output.ToString());
    }
}
