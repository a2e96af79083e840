using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>Runs the roster CLI against a real server, as a user would.</summary>
internal static class RosterCli
{
    /// <summary>Runs <c>roster ARGS --server ADDRESS</c>; returns exit code, standard output and error.</summary>
    public static async Task<(int Exit, string Output, string Error)> RosterAsync(this SeededServer server, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, uri => Grpc.Net.Client.GrpcChannel.ForAddress(uri), _ => null);
        var exit = await new RosterCommandLine(context).RunAsync([.. args, "--server", server.Host.Address.ToString(), "--api-key", server.Host.AdminKey]);
        return (exit, output.ToString(), error.ToString());
    }
}
