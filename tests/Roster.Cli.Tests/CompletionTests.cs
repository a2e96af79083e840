using Grpc.Net.Client;
using Roster.Cli.Commands;

namespace Roster.Cli.Tests;

/// <summary><c>roster completion bash|zsh|fish</c> and the suggestions the scripts ask the CLI for.</summary>
public sealed class CompletionTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, server => GrpcChannel.ForAddress(server), _ => null);
        var exit = await new RosterCommandLine(context).RunAsync(args);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _roster_complete roster")]
    [InlineData("zsh", "compdef _roster roster")]
    [InlineData("fish", "complete -c roster")]
    public async Task Each_shell_gets_a_script_that_asks_the_cli_for_suggestions(string shell, string registration)
    {
        var (exit, output, _) = await RunAsync("completion", shell);

        Assert.Equal(0, exit);
        Assert.Contains(registration, output);
        Assert.Contains("[suggest:", output);
        Assert.Equal(CompletionCommand.ScriptFor(shell), output);
    }

    [Fact]
    public async Task An_unknown_shell_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("completion", "powershell");

        Assert.Equal(2, exit);
        Assert.Contains("powershell", error);
    }

    [Theory]
    [InlineData("roster who --rank ", new[] { "deputy", "head" })]
    [InlineData("roster who --rank h", new[] { "head" })]
    [InlineData("roster listing --format m", new[] { "markdown" })]
    [InlineData("roster wh", new[] { "who" })]
    public async Task The_suggest_directive_completes_commands_and_option_values(string line, string[] expected)
    {
        var (exit, output, _) = await RunAsync($"[suggest:{line.Length}]", line);

        Assert.Equal(0, exit);
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
