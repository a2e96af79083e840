using System.CommandLine;
using Grpc.Core;
using Roster.Cli.Input;
using Roster.Cli.Output;
using Roster.Domain.Reference;
using Roster.Gazette;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster import FILE...</c>: reads every personnel document and group roster of each text with the gazette reader
/// and submits each clean order (<c>OrderService.SubmitOrder</c>) and each clean roster (<c>GroupService.SubmitRoster</c>),
/// both idempotent. Prints a line per file and a summary: added, already present, rejected by the server, and held
/// (drafts the reader could not read with confidence: their diagnostics are printed, nothing is guessed).
/// Exit code 0 when nothing was rejected or held and every file had something read, 1 otherwise, 2 when a file cannot
/// be read (missing, a directory, not UTF-8 text, or over <see cref="BoundedTextFile.GazetteCap"/>: every file is read,
/// within that cap, before anything is sent).
/// <c>--dry-run</c> prints every draft, roster and diagnostic and contacts no server; with <c>--json</c> it prints one JSON
/// document for the run, the <c>ParseNoticeResponse</c> the server's <c>OrderService.ParseNotice</c> answers (proto3 JSON).
/// <c>--accept-drafts</c> submits drafts with diagnostics too; corrections, proposals and news reports are always held.
/// A run longer than a second shows a progress line on stderr (file, notices read) unless <c>--json</c> is given or
/// stderr is not a terminal.
/// </summary>
public static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("GAZETTE") { Description = "Gazette text files (UTF-8)", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the drafts and diagnostics read; submit nothing (no server needed)" };
        var acceptDrafts = new Option<bool>("--accept-drafts") { Description = "Also submit notices and rosters read with diagnostics (drafts); corrections, proposals and news reports are still held" };
        var json = new Option<bool>("--json") { Description = "With --dry-run: print one JSON document for the run (the ParseNotice response)" };
        var command = new Command("import", "Read the personnel documents and group rosters of texts and record them") { files, dryRun, acceptDrafts, json };
        command.SetAction(async (parse, cancellation) =>
        {
            var paths = parse.GetRequiredValue(files);
            var texts = paths.Select(p => BoundedTextFile.Read(p, BoundedTextFile.GazetteCap)).ToArray();
            if (texts.Any(t => !t.Succeeded))
            {
                foreach (var (path, read) in paths.Zip(texts).Where(p => !p.Second.Succeeded)) ErrorReporter.ReportUsage($"{path}: {read.Problem}", context.Error);
                return ExitCodes.UsageError;
            }
            var parser = new GazetteParser(ReferenceTables.Load(Path.Combine(AppContext.BaseDirectory, "seed")));
            var asJson = parse.GetValue(json);
            using var progress = new ProgressLine(context.Error,
                ProgressLine.EnabledFor(asJson, ReferenceEquals(context.Error, Console.Error), Console.IsErrorRedirected));
            if (parse.GetValue(dryRun))
            {
                var response = new ParseNoticeResponse();
                for (var i = 0; i < paths.Length; i++)
                {
                    var reading = parser.Read(texts[i].Text!, Path.GetFileName(paths[i]));
                    progress.Report(i + 1, paths.Length, paths[i], reading.Notices.Count);
                    if (asJson) ReadingWire.Add(response, reading, paths[i]);
                    else DraftView.Write(paths[i], reading, context.Output);
                }
                progress.Done();
                if (asJson) JsonOutput.Write(response, context.Output);
                return ExitCodes.Success;
            }
            var tally = new ImportTally { AcceptDrafts = parse.GetValue(acceptDrafts) };
            return await RunAsync(context, parse, parser, paths, texts, tally, progress, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, GazetteParser parser, string[] paths, BoundedTextResult[] texts, ImportTally tally,
        ProgressLine progress, CancellationToken cancellation)
    {
        var exit = await ServerCall.RunAsync(context, parse, async channel =>
        {
            var client = new OrderService.OrderServiceClient(channel);
            var groups = new GroupService.GroupServiceClient(channel);
            for (var i = 0; i < paths.Length; i++)
            {
                var reading = parser.Read(texts[i].Text!, Path.GetFileName(paths[i]));
                progress.Report(i + 1, paths.Length, paths[i], reading.Notices.Count);
                if (reading.Notices.Count == 0 && reading.Rosters.Count == 0)
                {
                    tally.Empty++;
                    foreach (var d in reading.Diagnostics) context.Output.WriteLine($"{paths[i]}: line {d.Line}: {ReadingWire.CodeName(d.Code)}: {d.Message}: {d.Text}");
                }
                await ImportAsync(client, paths[i], reading, tally, context.Output, cancellation);
                await ImportRostersAsync(groups, reading, tally, context.Output, cancellation);
            }
            progress.Done();
            context.Output.WriteLine($"summary: {tally.Added} added, {tally.Present} already present, {tally.Rejected} rejected, {tally.Held} held; "
                + $"rosters: {tally.RostersAdded} added, {tally.RostersPresent} already present, {tally.RostersRejected} rejected, {tally.RostersHeld} held");
        });
        if (exit == ExitCodes.Success && tally.Empty > 0)
        {
            context.Error.WriteLine($"warning: {tally.Empty} of {paths.Length} files hold no personnel notice or roster the reader could read (see the diagnostics above)");
        }
        return exit == ExitCodes.Success && tally.Rejected + tally.Held + tally.Empty + tally.RostersRejected + tally.RostersHeld > 0 ? ExitCodes.ServerError : exit;
    }

    private static async Task ImportAsync(OrderService.OrderServiceClient client, string path, GazetteReadResult reading, ImportTally tally,
        TextWriter output, CancellationToken cancellation)
    {
        var before = tally with { };
        foreach (var notice in reading.Notices)
        {
            var number = notice.Draft.DocumentNumber ?? "(no document number)";
            // A proposal proposes and a report retells: neither is the decision itself, so neither is ever submitted.
            var neverSubmitted = notice.IsCorrection || notice.Form is "Proposal" or "Report";
            if (!notice.IsClean && (neverSubmitted || !tally.AcceptDrafts))
            {
                tally.Held++;
                output.WriteLine($"  held {number}{(notice.IsCorrection ? " (correction)" : notice.Form is "Proposal" or "Report" ? $" ({notice.Form.ToLowerInvariant()})" : "")}:");
                foreach (var d in notice.Diagnostics) output.WriteLine($"    line {d.Line}: {ReadingWire.CodeName(d.Code)}: {d.Message}: {d.Text}");
                continue;
            }
            try
            {
                var response = await client.SubmitOrderAsync(new SubmitOrderRequest { Order = DraftOrders.ToWire(notice.Draft) }, cancellationToken: cancellation);
                if (response.Created) tally.Added++; else tally.Present++;
                if (!notice.IsClean) output.WriteLine($"  submitted draft {number} with {notice.Diagnostics.Count} diagnostics (--accept-drafts)");
                foreach (var w in response.Warnings) output.WriteLine($"  warning {number} items[{w.ItemIndex}]: {w.Code}: {w.Message}");
            }
            // PERMISSION_DENIED is this notice's (another issuer's order for a clerk key): the rest may still be the key's own.
            catch (RpcException e) when (e.StatusCode is StatusCode.InvalidArgument or StatusCode.AlreadyExists or StatusCode.FailedPrecondition
                or StatusCode.PermissionDenied)
            {
                tally.Rejected++;
                output.WriteLine($"  rejected {number}: {e.StatusCode}: {e.Status.Detail}");
                ErrorReporter.ReportViolations(e, output, "    ");
            }
        }
        output.WriteLine($"{path}: {reading.Notices.Count} notices: {tally.Added - before.Added} added, {tally.Present - before.Present} already present, " +
            $"{tally.Rejected - before.Rejected} rejected, {tally.Held - before.Held} held");
    }

    private static async Task ImportRostersAsync(GroupService.GroupServiceClient client, GazetteReadResult reading, ImportTally tally,
        TextWriter output, CancellationToken cancellation)
    {
        foreach (var roster in reading.Rosters)
        {
            if (roster.Draft is null)
            {
                // Not a roster: a plan for a group set up case by case, or an announcement with no seats. Said, not held.
                foreach (var d in roster.Diagnostics) output.WriteLine($"  not a roster: line {d.Line}: {ReadingWire.CodeName(d.Code)}: {d.Message}");
                continue;
            }
            var name = roster.Draft.Group ?? "(no group name)";
            if (!roster.IsImportable && !tally.AcceptDrafts)
            {
                tally.RostersHeld++;
                output.WriteLine($"  held roster {name}:");
                foreach (var d in roster.Diagnostics) output.WriteLine($"    line {d.Line}: {ReadingWire.CodeName(d.Code)}: {d.Message}: {d.Text}");
                continue;
            }
            try
            {
                var response = await client.SubmitRosterAsync(new SubmitRosterRequest { Roster = ReadingWire.Roster(roster.Draft!) }, cancellationToken: cancellation);
                if (response.Created) tally.RostersAdded++; else tally.RostersPresent++;
                output.WriteLine($"  roster {name}: {(response.Created ? "added" : "already present")}");
            }
            // A roster needs an editor key: a clerk's import still submits its orders and reports each roster refused.
            catch (RpcException e) when (e.StatusCode is StatusCode.InvalidArgument or StatusCode.AlreadyExists or StatusCode.FailedPrecondition
                or StatusCode.PermissionDenied)
            {
                tally.RostersRejected++;
                output.WriteLine($"  rejected roster {name}: {e.StatusCode}: {e.Status.Detail}");
                ErrorReporter.ReportViolations(e, output, "    ");
            }
        }
    }

    private sealed record ImportTally
    {
        public int Added { get; set; }
        public int Present { get; set; }
        public int Rejected { get; set; }
        public int Held { get; set; }
        public int Empty { get; set; }
        public int RostersAdded { get; set; }
        public int RostersPresent { get; set; }
        public int RostersRejected { get; set; }
        public int RostersHeld { get; set; }
        public bool AcceptDrafts { get; init; }
    }
}
