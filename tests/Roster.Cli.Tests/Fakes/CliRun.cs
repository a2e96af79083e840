namespace Roster.Cli.Tests.Fakes;

/// <summary>One run of the <c>roster</c> command line against a <see cref="FakeServer"/>, with what it printed.</summary>
public sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }
    public string Output { get; }
    public string Error { get; }

    public static async Task<CliRun> RunAsync(FakeServer server, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, server.Connect, name => environment?.GetValueOrDefault(name));
        var exitCode = await new RosterCommandLine(context).RunAsync(args);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(FakeServer server, params string[] args) => RunAsync(server, null, args);
}
