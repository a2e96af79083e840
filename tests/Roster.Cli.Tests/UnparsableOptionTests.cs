using Grpc.Net.Client;

namespace Roster.Cli.Tests;

/// <summary>A value that does not parse is a usage error (exit 2, one line and the help hint), also for commands whose
/// checks read several options, never an unhandled exception and exit code 134.</summary>
public sealed class UnparsableOptionTests
{
    [Theory]
    [InlineData("watch", "--since", "abc")]
    [InlineData("watch", "--since", "99999999999999999999")]
    [InlineData("listing", "--from", "2022-02-30", "--to", "2022-03-01")]
    [InlineData("listing", "--from", "2022-01-01", "--to", "2022-13-01")]
    [InlineData("probations", "--running-on", "2022-02-30")]
    [InlineData("probations", "--ending-before", "2022-02-30")]
    [InlineData("probations", "--overdue", "--on", "2022-02-30")]
    [InlineData("who", "阳泉市公安局", "--title", "局长", "--on", "2022-02-30")]
    [InlineData("person", "")]
    [InlineData("person", "  ")]
    [InlineData("who", "")]
    public async Task Exits_2_with_a_usage_message_and_no_stack_trace(params string[] args)
    {
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, server => GrpcChannel.ForAddress(server), _ => null);

        var exitCode = await new RosterCommandLine(context).RunAsync([.. args, "--server", "http://127.0.0.1:1"]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.StartsWith("error: ", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.DoesNotContain("Unhandled", error.ToString());
        Assert.DoesNotContain("System.", error.ToString());
    }

    [Theory]
    [InlineData("people", "identify", "people/110")]
    [InlineData("people", "lookup")]
    public async Task Several_missing_arguments_are_one_usage_line(params string[] args)
    {
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, server => GrpcChannel.ForAddress(server), _ => null);

        var exitCode = await new RosterCommandLine(context).RunAsync([.. args, "--server", "http://127.0.0.1:1"]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal([$"error: Required argument missing for command: '{args[1]}'.", $"Run 'roster people {args[1]} --help' for usage."], lines);
    }

    [Fact]
    public async Task A_listing_to_the_last_day_there_is_asks_without_an_end_instead_of_crashing()
    {
        // The day after 9999-12-31 does not exist: a clear error, not ArgumentOutOfRangeException with a stack trace.
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, server => GrpcChannel.ForAddress(server), _ => null);

        var exitCode = await new RosterCommandLine(context).RunAsync(["listing", "--from", "2022-01-01", "--to", "9999-12-31", "--server", "http://127.0.0.1:1"]);

        Assert.Equal(ExitCodes.Unreachable, exitCode); // it got as far as calling the (absent) server
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Null(Roster.Cli.Commands.ListingCommand.NextDay(new Google.Type.Date { Year = 9999, Month = 12, Day = 31 }));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task A_watch_cursor_that_is_not_a_whole_number_from_0_says_what_a_cursor_is(string since)
    {
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, server => GrpcChannel.ForAddress(server), _ => null);

        var exitCode = await new RosterCommandLine(context).RunAsync(["watch", "--since", since, "--server", "http://127.0.0.1:1"]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains(Roster.Cli.Commands.WatchCommand.CursorError(since), error.ToString());
    }
}
