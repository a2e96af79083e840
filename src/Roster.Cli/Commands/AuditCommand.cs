using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster audit [--document NUMBER] [--actor KEY] [--since TS]</c>: the audit trail over <c>AuditService</c> (needs an admin
/// key), oldest first, every page, one line per write attempt (or the responses as JSON with <c>--json</c>).
/// </summary>
public static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var document = new Option<string?>("--document") { Description = "Only attempts about this document number, e.g. 阳政任字〔2022〕4号", HelpName = "NUMBER" };
        var actor = new Option<string?>("--actor") { Description = "Only attempts of this API key prefix, JWT subject or office", HelpName = "KEY" };
        var since = new Option<Timestamp?>("--since")
        {
            Description = "Only attempts at or after this instant (ISO 8601, UTC unless an offset is given), e.g. 2026-11-29T10:00:00Z",
            HelpName = "TS",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                    return Timestamp.FromDateTimeOffset(instant);
                result.AddError($"--since: '{text}' is not an instant such as 2026-11-29T10:00:00Z");
                return null;
            },
        };
        var command = new Command("audit", "Who attempted which write, when, and how it ended (needs an admin key)") { document, actor, since };
        command.SetAction((parse, cancellation) => ServerCall.RunAsync(context, parse, async channel =>
        {
            var client = new AuditService.AuditServiceClient(channel);
            var request = new ListAuditEventsRequest
            {
                Target = parse.GetValue(document) ?? "",
                Actor = parse.GetValue(actor) ?? "",
                OccurredFrom = parse.GetValue(since),
            };
            var json = context.Options.FormatOf(parse) == OutputFormat.Json;
            var seen = 0;
            do
            {
                var page = await client.ListAuditEventsAsync(request, cancellationToken: cancellation);
                if (json) JsonOutput.Write(page, context.Output);
                else foreach (var e in page.Events) context.Output.WriteLine(Line(e));
                seen += page.Events.Count;
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            if (!json && seen == 0) context.Output.WriteLine(request.OccurredFrom is null && request.Actor.Length == 0 ? NoEvents : "no audit events match these filters");
        }));
        return command;
    }

    /// <summary>What the text output says when no event matches (the seed import at start is not a call, so it has none).</summary>
    public const string NoEvents = "no audit events match (only write calls are audited: the seed imported at start has none)";

    /// <summary>One event as a line: time, outcome (with the status and reason of a failure), method, target, actor and office, request id.</summary>
    public static string Line(AuditEvent e)
    {
        var outcome = e.Status == "OK" ? e.Outcome : $"{e.Outcome} {e.Status}" + (e.Reason.Length > 0 ? $" {e.Reason}" : "");
        var office = e.Office.Length > 0 ? $" ({e.Office})" : "";
        return $"{e.OccurredAt.ToDateTime():yyyy-MM-ddTHH:mm:ss}Z  {outcome}  {e.Method.Split('/')[^1]} {e.Target}  by {e.Actor}{office}  request {e.RequestId}";
    }
}
