using System.CommandLine.Parsing;
using System.CommandLine;
using Grpc.Core;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster watch [--since CURSOR] [--organization ORG | --person NAME]</c>: follows the change feed, one line per change
/// (one JSON object per line with <c>--json</c>), until Ctrl-C (exit 0). Each line starts with the change's cursor; give the
/// last one to <c>--since</c> to carry on where a watch stopped.
/// </summary>
public static class WatchCommand
{
    /// <summary>Message when both filters are given.</summary>
    public const string BothFiltersError = "give --organization or --person, not both";

    /// <summary>Message for a <c>--since</c> value that is not a cursor (a whole number from 0 to 9223372036854775807).</summary>
    public static string CursorError(string text) =>
        $"--since: a cursor is a whole number from 0 (the beginning) up, as printed at the start of each watch line; got '{text}'";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var since = new Option<long>("--since")
        {
            Description = "Changes after this cursor (default 0: all, from the beginning)",
            HelpName = "CURSOR",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cursor)) return cursor;
                result.AddError(CursorError(text));
                return 0;
            },
        };
        var organization = new Option<string?>("--organization") { Description = "Only changes of this organisation (canonical name), e.g. 阳泉市公安局", HelpName = "ORG" };
        var person = new Option<string?>("--person") { Description = "Only changes of this person", HelpName = "NAME" };
        var command = new Command("watch", "Follow tenure and roster changes as they are recorded, until Ctrl-C") { since, organization, person };
        command.Validators.Add(WhenParsed.Check<CommandResult>(result =>
        {
            if (result.GetResult(organization) is not null && result.GetResult(person) is not null) result.AddError(BothFiltersError);
        }));
        command.SetAction((parse, cancellation) => ServerCall.RunAsync(context, parse, async channel =>
        {
            var request = new WatchChangesRequest
            {
                SinceCursor = parse.GetValue(since),
                Organization = parse.GetValue(organization) ?? "",
                Person = parse.GetValue(person) ?? "",
            };
            var json = context.Options.FormatOf(parse) == OutputFormat.Json;
            using var call = new ChangeService.ChangeServiceClient(channel).WatchChanges(request, cancellationToken: cancellation);
            try
            {
                await foreach (var change in call.ResponseStream.ReadAllAsync(cancellation).Select(r => r.Change))
                {
                    if (json) JsonOutput.WriteLine(change, context.Output);
                    else context.Output.WriteLine(Line(change));
                    context.Output.Flush();
                }
            }
            catch (Exception e) when (cancellation.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
            {
                // Ctrl-C: a normal end.
            }
        }));
        return command;
    }

    /// <summary>One change as a line, e.g. <c>#57 TENURE_STARTED 段拥军 阳泉市…管委会 主任 [2022-01-29, ) by 阳政任字〔2022〕4号</c>.</summary>
    public static string Line(Change change)
    {
        var head = $"#{change.Cursor} {change.Kind.ToWire()}";
        if (change.Kind is ChangeKind.RosterRecorded or ChangeKind.RosterReplaced)
            return $"{head} {change.Organization} from {Dates.Format(change.KnownSince)} by {change.DocumentNumber}";
        // A merge is about two ids, not a tenure: no post and no interval to print.
        if (change.Kind is ChangeKind.PeopleMerged)
            return $"{head} {change.Person} {change.PersonId} now answers as {change.MergedInto} by {change.DocumentNumber}";
        if (change.Kind is ChangeKind.PeopleSeparated)
            return $"{head} {change.Person} {change.PersonId} answers on its own again (was {change.MergedInto}) by {change.DocumentNumber}";
        var start = change.StartOn is null ? $"(known since {Dates.Format(change.KnownSince)})" : Dates.Format(change.StartOn);
        return $"{head} {change.Person} {change.Organization} {change.PostTitle} [{start}, {Dates.Format(change.EndOn)}) by {change.DocumentNumber}";
    }
}
