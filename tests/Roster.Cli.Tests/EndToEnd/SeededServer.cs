using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>A real server with the seed gazette imported, shared by the tests of a class.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public RosterServerHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await RosterServerHost.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Runs <c>roster ARGS --server ADDRESS</c> as a user would; returns exit code, standard output and error.</summary>
    public async Task<(int Exit, string Output, string Error)> RosterAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, uri => Grpc.Net.Client.GrpcChannel.ForAddress(uri), _ => null);
        var exit = await new RosterCommandLine(context).RunAsync([.. args, "--server", Host.Address.ToString()]);
        return (exit, output.ToString(), error.ToString());
    }
}
