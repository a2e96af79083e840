using Roster.Cli.Input;
using Roster.Gazette;
using Roster.Gazette.Groups;

namespace Roster.Cli.Output;

/// <summary>
/// Prints what <c>roster import --dry-run</c> read in a text: a line per file, then each document with its form and status
/// (clean, draft, correction), the order as read (<see cref="OrderView"/>) and its diagnostics; each group roster with its
/// seats (role, person with the title text, or ex-officio post, or member unit; office) and diagnostics; and the file-level
/// diagnostic when nothing was read. Each diagnostic shows its line:column span, its stable code, why and the text.
/// </summary>
public static class DraftView
{
    /// <summary>Writes what was read in <paramref name="path"/>.</summary>
    public static void Write(string path, GazetteReadResult reading, TextWriter output)
    {
        // Three kinds, each notice counted once, as the status lines below name them: a correction is one whether or not it read cleanly.
        var corrections = reading.Notices.Count(n => n.IsCorrection);
        var clean = reading.Notices.Count(n => !n.IsCorrection && n.IsClean);
        var rosters = reading.Rosters.Count(r => r.Draft is not null);
        var cleanRosters = reading.Rosters.Count(IsClean);
        output.WriteLine($"{path}: {reading.Notices.Count} notices: {clean} clean, {reading.Notices.Count - clean - corrections} drafts, {corrections} corrections; "
            + $"{rosters} rosters: {cleanRosters} clean, {rosters - cleanRosters} drafts (dry run: nothing submitted)");
        foreach (var notice in reading.Notices)
        {
            var status = notice.IsCorrection ? notice.IsClean ? "correction (clean)" : "correction (held)" : notice.IsClean ? "clean" : "draft (held)";
            output.WriteLine();
            output.WriteLine($"== {notice.Draft.DocumentNumber ?? "(no document number)"} [{notice.Form}]: {status}");
            OrderView.Write(DraftOrders.ToWire(notice.Draft), output);
            foreach (var d in notice.Diagnostics) WriteDiagnostic(d, output);
        }
        foreach (var roster in reading.Rosters)
        {
            output.WriteLine();
            var draft = roster.Draft;
            var status = draft is null ? "not a roster" : IsClean(roster) ? roster.Diagnostics.Count == 0 ? "clean" : "clean (with notes)" : "draft (held)";
            output.WriteLine($"== roster {draft?.Group ?? "(not read)"}: {status}");
            if (draft is not null)
            {
                output.WriteLine($"  document: {draft.SourceDocument}  issuer: {draft.Issuer}  effective: {draft.EffectiveOn}  lines {draft.Source.LineStart}-{draft.Source.LineEnd}");
                if (draft.OfficeAt is not null) output.WriteLine($"  office at: {draft.OfficeAt}");
                foreach (var seat in draft.Seats)
                {
                    var holder = seat.Person is not null ? $"{seat.Person}{(string.IsNullOrEmpty(seat.TitleText) ? "" : "  " + seat.TitleText)}"
                        : seat.ExOfficio is not null ? $"(ex officio) {seat.ExOfficio}" : $"(unit) {seat.MemberUnit}";
                    output.WriteLine($"  {seat.Role}: {holder}{(seat.Concurrent ? " (兼)" : "")}");
                }
            }
            foreach (var d in roster.Diagnostics) WriteDiagnostic(d, output);
        }
        foreach (var d in reading.Diagnostics)
        {
            output.WriteLine();
            WriteDiagnostic(d, output);
        }
    }

    /// <summary>A roster is clean when it can be imported: read, and no diagnostic means its seats may be incomplete
    /// (leftovers that are not seats, such as a duties paragraph, are notes).</summary>
    public static bool IsClean(RosterReading roster) => roster.IsImportable;

    private static void WriteDiagnostic(GazetteDiagnostic d, TextWriter output)
    {
        var end = d.EndLine > d.Line ? $"-{d.EndLine}:{d.EndColumn}" : "";
        output.WriteLine($"  line {d.Line}:{d.Column}{end}: {ReadingWire.CodeName(d.Code)}: {d.Message}: {d.Text}");
    }
}
