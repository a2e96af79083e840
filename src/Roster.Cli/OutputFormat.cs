namespace Roster.Cli;

/// <summary>How a command prints the server's response.</summary>
public enum OutputFormat
{
    /// <summary>Headers and aligned tables for people.</summary>
    Human,

    /// <summary>The response message as protobuf JSON, for scripts (<c>--json</c>).</summary>
    Json,
}
