using System.CommandLine;
using Grpc.Net.Client;
using Roster.Cli.Commands;
using Roster.Cli.Output;

namespace Roster.Cli;

/// <summary>
/// The <c>roster</c> command line: the root command with its global options and subcommands, and the run
/// that turns a command line into an exit code (<see cref="ExitCodes"/>).
/// </summary>
public sealed class RosterCommandLine
{
    private readonly CliContext _context;

    /// <summary>Builds the command line over <paramref name="context"/>.</summary>
    public RosterCommandLine(CliContext context)
    {
        _context = context;
        Root = new RootCommand("roster: record appointment and removal orders and ask who held which post when")
        {
            context.Options.Server,
            context.Options.Json,
            context.Options.ApiKey,
            WhoCommand.Create(context),
            PersonCommand.Create(context),
            PeopleCommand.Create(context),
            OrgCommand.Create(context),
            OrderCommand.Create(context),
            GroupCommand.Create(context),
            ImportCommand.Create(context),
            ListingCommand.Create(context),
            AdminCommand.Create(context),
            AuditCommand.Create(context),
            WatchCommand.Create(context),
            ProbationsCommand.Create(context),
            ProbationCommand.Create(context),
            AnomaliesCommand.Create(context),
            CompletionCommand.Create(context),
        };
    }

    /// <summary>The root command.</summary>
    public RootCommand Root { get; }

    /// <summary>
    /// The command line of the process: standard output and error, the process environment and a
    /// <see cref="GrpcChannel"/> per call (HTTP/2 without TLS on http:// addresses).
    /// </summary>
    public static RosterCommandLine ForConsole() =>
        new(new CliContext(Console.Out, Console.Error, server => GrpcChannel.ForAddress(server), Environment.GetEnvironmentVariable));

    /// <summary>Parses <paramref name="args"/> without running anything.</summary>
    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args);

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A command line that does not parse prints its errors and
    /// returns <see cref="ExitCodes.UsageError"/> without calling the server.
    /// </summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation = default)
    {
        var parse = Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Each missing argument of a command is its own error with the same text ("Required argument missing for command"):
            // said once.
            foreach (var message in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                ErrorReporter.ReportUsage(message, _context.Error);
            }
            _context.Error.WriteLine($"Run '{HelpCommandOf(parse)}' for usage.");
            return ExitCodes.UsageError;
        }
        var invocation = new InvocationConfiguration
        {
            Output = _context.Output,
            Error = _context.Error,
        };
        return await parse.InvokeAsync(invocation, cancellation);
    }

    private static string HelpCommandOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "roster" : result.Command.Name);
        }
        return string.Join(' ', names) + " --help";
    }
}
