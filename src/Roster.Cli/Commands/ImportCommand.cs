using System.CommandLine;
using Grpc.Core;
using Roster.Cli.Input;
using Roster.Cli.Output;
using Roster.Domain.Reference;
using Roster.Gazette;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster import GAZETTE.txt...</c>: reads every personnel notice of each gazette text with the gazette
/// parser and submits each clean one (<c>OrderService.SubmitOrder</c>, idempotent by document number).
/// Prints a progress line per file and a summary: added, already present, rejected by the server, and held
/// (notices the parser could not read with confidence: their diagnostics are printed, nothing is guessed).
/// Exit code 0 when nothing was rejected or held, 1 otherwise, 2 when a file cannot be read (missing, a directory, not UTF-8
/// text, or over <see cref="BoundedTextFile.GazetteCap"/>: every file is read, within that cap, before anything is sent).
/// <c>--dry-run</c> prints every draft and its diagnostics and contacts no server; <c>--accept-drafts</c> submits
/// the drafts with diagnostics too (never correction notices, which have no items to submit).
/// </summary>
public static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("GAZETTE") { Description = "Gazette text files (UTF-8)", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the drafts and diagnostics read; submit nothing (no server needed)" };
        var acceptDrafts = new Option<bool>("--accept-drafts") { Description = "Also submit notices read with diagnostics (drafts); corrections are still held" };
        var command = new Command("import", "Read the personnel notices of gazette texts and record them") { files, dryRun, acceptDrafts };
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
            if (parse.GetValue(dryRun))
            {
                foreach (var (path, read) in paths.Zip(texts))
                {
                    DraftView.Write(path, parser.Read(read.Text!, Path.GetFileName(path)), context.Output);
                }
                return ExitCodes.Success;
            }
            var tally = new ImportTally { AcceptDrafts = parse.GetValue(acceptDrafts) };
            return await RunAsync(context, parse, parser, paths, texts, tally, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, GazetteParser parser, string[] paths, BoundedTextResult[] texts, ImportTally tally,
        CancellationToken cancellation)
    {
        var exit = await ServerCall.RunAsync(context, parse, async channel =>
        {
            var client = new OrderService.OrderServiceClient(channel);
            foreach (var (path, read) in paths.Zip(texts))
            {
                var reading = parser.Read(read.Text!, Path.GetFileName(path));
                if (reading.Notices.Count == 0) tally.Empty++;
                await ImportAsync(client, path, reading, tally, context.Output, cancellation);
            }
            context.Output.WriteLine($"summary: {tally.Added} added, {tally.Present} already present, {tally.Rejected} rejected, {tally.Held} held");
        });
        if (exit == ExitCodes.Success && tally.Empty > 0)
        {
            context.Error.WriteLine($"warning: {tally.Empty} of {paths.Length} files hold no personnel notice (任免/任职/免职 notice with a document number)");
        }
        return exit == ExitCodes.Success && tally.Rejected + tally.Held + tally.Empty > 0 ? ExitCodes.ServerError : exit;
    }

    private static async Task ImportAsync(OrderService.OrderServiceClient client, string path, GazetteReadResult reading, ImportTally tally,
        TextWriter output, CancellationToken cancellation)
    {
        var before = tally with { };
        foreach (var notice in reading.Notices)
        {
            var number = notice.Draft.DocumentNumber ?? "(no document number)";
            if (!notice.IsClean && (notice.IsCorrection || !tally.AcceptDrafts))
            {
                tally.Held++;
                output.WriteLine($"  held {number}{(notice.IsCorrection ? " (correction)" : "")}:");
                foreach (var d in notice.Diagnostics) output.WriteLine($"    line {d.Line}: {d.Message}: {d.Text}");
                continue;
            }
            try
            {
                var response = await client.SubmitOrderAsync(new SubmitOrderRequest { Order = DraftOrders.ToWire(notice.Draft) }, cancellationToken: cancellation);
                if (response.Created) tally.Added++; else tally.Present++;
                if (!notice.IsClean) output.WriteLine($"  submitted draft {number} with {notice.Diagnostics.Count} diagnostics (--accept-drafts)");
                foreach (var w in response.Warnings) output.WriteLine($"  warning {number} items[{w.ItemIndex}]: {w.Code}: {w.Message}");
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.InvalidArgument or StatusCode.AlreadyExists or StatusCode.FailedPrecondition)
            {
                tally.Rejected++;
                output.WriteLine($"  rejected {number}: {e.StatusCode}: {e.Status.Detail}");
                ErrorReporter.ReportViolations(e, output, "    ");
            }
        }
        output.WriteLine($"{path}: {reading.Notices.Count} notices: {tally.Added - before.Added} added, {tally.Present - before.Present} already present, " +
            $"{tally.Rejected - before.Rejected} rejected, {tally.Held - before.Held} held");
    }

    private sealed record ImportTally
    {
        public int Added { get; set; }
        public int Present { get; set; }
        public int Rejected { get; set; }
        public int Held { get; set; }
        public int Empty { get; set; }
        public bool AcceptDrafts { get; init; }
    }
}
