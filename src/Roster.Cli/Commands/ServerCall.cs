using System.CommandLine;
using Grpc.Core;
using Roster.Cli.Output;

namespace Roster.Cli.Commands;

/// <summary>
/// Runs one command's calls against the server named by <c>--server</c>: opens the channel, shuts it down
/// afterwards and turns a failed call into its message and exit code (<see cref="ErrorReporter"/>).
/// </summary>
public static class ServerCall
{
    /// <summary>Runs <paramref name="call"/> on a channel to the server; returns the exit code.</summary>
    public static async Task<int> RunAsync(CliContext context, ParseResult parse, Func<ChannelBase, Task> call)
    {
        var server = parse.GetRequiredValue(context.Options.Server);
        var channel = context.Connect(server);
        if (context.Options.ApiKeyOf(parse) is { Length: > 0 } given)
        {
            var apiKey = given.Trim();
            // A key travels in a header, which holds printable ASCII only: a pasted line break or a full-width character
            // would otherwise fail at the transport and read as an unreachable server.
            if (GlobalOptions.ApiKeyProblem(apiKey) is { } problem)
            {
                await channel.ShutdownAsync();
                context.Error.WriteLine($"error: {problem}");
                return ExitCodes.UsageError;
            }
            channel = new ApiKeyChannel(channel, apiKey);
        }
        try
        {
            await call(channel);
            return ExitCodes.Success;
        }
        catch (RpcException exception)
        {
            return ErrorReporter.Report(exception, server, context.Error);
        }
        finally
        {
            await channel.ShutdownAsync();
        }
    }
}
