using System.CommandLine.Parsing;
using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster probations (--running-on DATE | --ending-before DATE [--ending-from DATE] | --overdue --on DATE) [--as-recorded-at TIMESTAMP]</c>: tenures with a
/// probation (试用期) by one criterion, ordered by probation end (<c>ProbationService.ListProbations</c>, every page). The ending
/// range is half-open like the API's: <c>--ending-before</c> is exclusive. Statuses are given for <c>--on</c> (today in the jurisdiction's time zone
/// when unset).
/// </summary>
public static class ProbationsCommand
{
    /// <summary>The parse error when no criterion or several are given.</summary>
    public const string CriterionError = "give exactly one of --running-on, --ending-before/--ending-from or --overdue";

    /// <summary>The parse error for --overdue without --on.</summary>
    public const string OverdueNeedsDateError = "--overdue needs --on DATE: the date the probations are overdue on";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var runningOn = DateOption.Create("--running-on", "Probations running on this date");
        var endingBefore = DateOption.Create("--ending-before", "Probations ending before this date (exclusive)");
        var endingFrom = DateOption.Create("--ending-from", "With --ending-before: only those ending on or after this date");
        var overdue = new Option<bool>("--overdue") { Description = "Probations overdue on --on: ended, tenure still held, no confirmation recorded" };
        var on = DateOption.Create("--on", "The date statuses are given for (needed with --overdue)");
        var recordedAt = RecordedAtOption.Create();
        var command = new Command("probations", "Probations (试用期) running, ending or overdue") { runningOn, endingBefore, endingFrom, overdue, on, recordedAt };
        command.Validators.Add(WhenParsed.Check<CommandResult>(result =>
        {
            var criteria = (result.GetValue(runningOn) is null ? 0 : 1)
                + (result.GetValue(endingBefore) is null && result.GetValue(endingFrom) is null ? 0 : 1)
                + (result.GetValue(overdue) ? 1 : 0);
            if (criteria != 1) result.AddError(CriterionError);
            else if (result.GetValue(overdue) && result.GetValue(on) is null) result.AddError(OverdueNeedsDateError);
        }));
        command.SetAction((parse, cancellation) =>
        {
            var request = new ListProbationsRequest
            {
                RunningOn = parse.GetValue(runningOn),
                EndingBefore = parse.GetValue(endingBefore),
                EndingFrom = parse.GetValue(endingFrom),
                Status = parse.GetValue(overdue) ? ProbationStatus.Overdue : ProbationStatus.Unspecified,
                On = parse.GetValue(on),
                AsRecordedAt = parse.GetValue(recordedAt),
            };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var client = new ProbationService.ProbationServiceClient(channel);
                var all = new ListProbationsResponse();
                do
                {
                    var page = await client.ListProbationsAsync(request, cancellationToken: cancellation);
                    all.Probations.AddRange(page.Probations);
                    request.PageToken = page.NextPageToken;
                } while (request.PageToken.Length > 0);
                if (format == OutputFormat.Json) JsonOutput.Write(all, context.Output);
                else ProbationView.Write(all, context.Output);
            });
        });
        return command;
    }
}
