using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster anomalies [--on DATE] [--organization ORG] [--as-recorded-at TIMESTAMP]</c>: what looks wrong in the record on a date (today in the jurisdiction's time zone when
/// unset): overlapping heads, removals of unrecorded tenures, overdue probations, repeated appointments…
/// (<c>AnomalyService.ListAnomalies</c>, every page).
/// </summary>
public static class AnomaliesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var on = DateOption.Create("--on", "The date asked about (default: today in the jurisdiction's time zone)");
        var organization = new Option<string?>("--organization") { Description = "Only this organisation, e.g. 市公安局", HelpName = "ORG" };
        var recordedAt = RecordedAtOption.Create();
        var command = new Command("anomalies", "Anomalies in the record on a date, with the orders involved") { on, organization, recordedAt };
        command.SetAction((parse, cancellation) =>
        {
            var request = new ListAnomaliesRequest { AsOf = parse.GetValue(on), Organization = parse.GetValue(organization) ?? "", AsRecordedAt = parse.GetValue(recordedAt) };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var client = new AnomalyService.AnomalyServiceClient(channel);
                var all = new ListAnomaliesResponse();
                do
                {
                    var page = await client.ListAnomaliesAsync(request, cancellationToken: cancellation);
                    all.Anomalies.AddRange(page.Anomalies);
                    request.PageToken = page.NextPageToken;
                } while (request.PageToken.Length > 0);
                if (format == OutputFormat.Json) JsonOutput.Write(all, context.Output);
                else AnomalyView.Write(all, context.Output);
            });
        });
        return command;
    }
}
