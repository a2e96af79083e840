namespace Roster.Cli;

/// <summary>The process exit codes of <c>roster</c>; scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The server answered with an error status (not found, invalid argument, already exists…).</summary>
    public const int ServerError = 1;

    /// <summary>The command line or an input file is wrong; nothing was sent.</summary>
    public const int UsageError = 2;

    /// <summary>The server could not be reached (gRPC UNAVAILABLE).</summary>
    public const int Unreachable = 3;
}
