using Grpc.Core;

namespace Roster.Cli;

/// <summary>
/// What the commands need from the outside world: where to write, how to reach the server and the
/// environment. Tests pass string writers and a channel to an in-process server.
/// </summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="output">Where responses are printed (standard output).</param>
    /// <param name="error">Where errors and hints are printed (standard error).</param>
    /// <param name="connect">Opens a channel to the server at an address; the command shuts it down when done.</param>
    /// <param name="environment">Looks up an environment variable; null when unset.</param>
    public CliContext(TextWriter output, TextWriter error, Func<Uri, ChannelBase> connect, Func<string, string?> environment)
    {
        Output = output;
        Error = error;
        Connect = connect;
        Options = new GlobalOptions(environment);
    }

    /// <summary>Standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Opens a channel to the server at an address.</summary>
    public Func<Uri, ChannelBase> Connect { get; }

    /// <summary>The global options, shared by all commands.</summary>
    public GlobalOptions Options { get; }
}
