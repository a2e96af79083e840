using Roster.Cli.Input;
using Roster.Gazette;

namespace Roster.Cli.Output;

/// <summary>
/// Prints what <c>roster import --dry-run</c> read in a gazette: a line per file, then each notice with its status
/// (clean, draft, correction), the order as read (<see cref="OrderView"/>) and its diagnostics (line, why, text).
/// </summary>
public static class DraftView
{
    /// <summary>Writes the notices read in <paramref name="path"/>.</summary>
    public static void Write(string path, GazetteReadResult reading, TextWriter output)
    {
        // Three kinds, each notice counted once, as the status lines below name them: a correction is one whether or not it read cleanly.
        var corrections = reading.Notices.Count(n => n.IsCorrection);
        var clean = reading.Notices.Count(n => !n.IsCorrection && n.IsClean);
        output.WriteLine($"{path}: {reading.Notices.Count} notices: {clean} clean, {reading.Notices.Count - clean - corrections} drafts, {corrections} corrections (dry run: nothing submitted)");
        foreach (var notice in reading.Notices)
        {
            var status = notice.IsCorrection ? notice.IsClean ? "correction (clean)" : "correction (held)" : notice.IsClean ? "clean" : "draft (held)";
            output.WriteLine();
            output.WriteLine($"== {notice.Draft.DocumentNumber}: {status}");
            OrderView.Write(DraftOrders.ToWire(notice.Draft), output);
            foreach (var d in notice.Diagnostics) output.WriteLine($"  line {d.Line}: {d.Message}: {d.Text}");
        }
    }
}
