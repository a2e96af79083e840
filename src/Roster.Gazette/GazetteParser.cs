using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Domain.Time;
using Roster.Gazette.Reading;
using Roster.Gazette.Text;

namespace Roster.Gazette;

/// <summary>
/// Reads the personnel notices (任免通知) of a gazette issue into order drafts (DESIGN.md §1, §5).
/// The text is normalised first (NFKC, padding and tabs dropped, words broken across lines joined) with the
/// original line numbers kept; notices are found by their document-number line and personnel title; their
/// bodies are read item by item. Whatever inside a notice cannot be read is reported as a
/// <see cref="GazetteDiagnostic"/>, never guessed. Reading never throws on any text.
/// </summary>
public sealed class GazetteParser(ReferenceTables tables)
{
    /// <summary>Reads every personnel notice in <paramref name="text"/>.</summary>
    /// <param name="text">The whole text of a gazette issue (or any part of one).</param>
    /// <param name="sourceName">Name of the gazette file, recorded as <see cref="OrderSource.Gazette"/>.</param>
    /// <returns>The notices in text order; empty when there are none.</returns>
    public GazetteReadResult Read(string text, string sourceName)
    {
        var lines = GazetteLines.Split(text);
        DropRunningHeads(lines);
        if (lines.Count == 0) return GazetteReadResult.Empty;
        var notices = new List<NoticeReading>();
        foreach (var layout in NoticeLocator.Locate(lines))
        {
            notices.Add(ReadNotice(lines, layout, sourceName));
        }
        return new GazetteReadResult(notices);
    }

    /// <summary>Page headers and running titles repeated mid-text (阳泉市人民政府公报, 2022年第1期, — 67 —) read as blank
    /// lines, so a notice broken across pages reads as one; line numbers are kept.</summary>
    private static void DropRunningHeads(IReadOnlyList<SourceLine> lines)
    {
        if (lines is not SourceLine[] array) return;
        for (var i = 0; i < array.Length; i++)
        {
            var line = array[i];
            if (line.Compact.Length is > 0 and <= 40 && Vocabulary.RunningHead().IsMatch(line.Compact))
                array[i] = line with { Compact = "" };
        }
    }

    private NoticeReading ReadNotice(IReadOnlyList<SourceLine> lines, NoticeLayout layout, string? sourceName)
    {
        if (layout.IsCorrection) return ReadCorrection(lines, layout, sourceName);
        var body = new BodyReader(tables, layout.Issuer);
        body.Read(LineJoiner.Join(lines, layout.BodyFrom, layout.BodyTo));

        var diagnostics = new List<GazetteDiagnostic>(layout.Diagnostics);
        diagnostics.AddRange(body.Diagnostics);
        var numberLine = lines[layout.BodyFrom - 1];
        if (body.Items.Count == 0)
            diagnostics.Add(new GazetteDiagnostic(numberLine.Number, numberLine.Compact, GazetteMessages.NoItems));
        else if (!TitleCheck.Agrees(layout.TitleText, body.Items))
            diagnostics.Add(new GazetteDiagnostic(layout.TitleLine, layout.TitleText, GazetteMessages.TitleDisagreesWithItems));

        var draft = new OrderDraft
        {
            DocumentNumber = layout.Number.ToString(),
            Issuer = layout.Issuer,
            Title = (layout.Issuer ?? "") + layout.TitleText,
            DecisionBody = body.DecisionBody,
            DecidedOn = body.DecidedOn,
            IssuedOn = layout.IssuedOn,
            EffectiveOn = body.EffectiveOn,
            Items = body.Items,
            Source = new OrderSource(sourceName, lines[layout.Start].Number, lines[layout.End].Number, null),
        };
        return new NoticeReading(draft, diagnostics.OrderBy(d => d.Line).ToList());
    }

    /// <summary>A correction notice: its frame and no items. A revocation (撤销 in title and body) whose body names exactly one
    /// other order is read as a correcting order (kind REVOKE); anything else (更正 of a name or a post, which the parser
    /// cannot apply without the target's items) keeps the target it names and the diagnostic that holds it as a draft.</summary>
    private static NoticeReading ReadCorrection(IReadOnlyList<SourceLine> lines, NoticeLayout layout, string? sourceName)
    {
        var logical = LineJoiner.Join(lines, layout.BodyFrom, layout.BodyTo);
        var body = string.Concat(logical.Select(l => l.Compact));
        string? decisionBody = null;
        CalendarDate? decidedOn = null;
        foreach (var line in logical)
        {
            if (!DecisionReader.TryRead(line.Compact, out var decider, out var date, out _)) continue;
            (decisionBody, decidedOn) = (decider, date);
            break;
        }
        var targets = CorrectedNumbers.In(body, layout.Number);
        var revokes = layout.TitleText.Contains("撤销", StringComparison.Ordinal) && body.Contains("撤销", StringComparison.Ordinal)
            && !body.Contains("更正", StringComparison.Ordinal);
        var draft = new OrderDraft
        {
            DocumentNumber = layout.Number.ToString(),
            Issuer = layout.Issuer,
            Title = (layout.Issuer ?? "") + layout.TitleText,
            DecisionBody = decisionBody,
            DecidedOn = decidedOn,
            IssuedOn = layout.IssuedOn,
            Corrects = targets.Count == 1
                ? new CorrectionDraft { DocumentNumber = targets[0].ToString(), Kind = revokes ? CorrectionKind.Revoke : CorrectionKind.Amend }
                : null,
            Source = new OrderSource(sourceName, lines[layout.Start].Number, lines[layout.End].Number, null),
        };
        var diagnostics = new List<GazetteDiagnostic>(layout.Diagnostics);
        if (!revokes || targets.Count != 1) diagnostics.Add(new(layout.TitleLine, layout.TitleText, GazetteMessages.Correction));
        return new NoticeReading(draft, diagnostics.OrderBy(d => d.Line).ToList()) { IsCorrection = true };
    }
}
