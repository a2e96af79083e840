using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Domain.Time;
using Roster.Gazette.Groups;
using Roster.Gazette.Reading;
using Roster.Gazette.Text;

namespace Roster.Gazette;

/// <summary>
/// Reads the personnel documents of a text (a gazette issue, a web page, a news report) into order drafts, and its
/// group rosters through <see cref="GroupRosterReader"/> (docs/reader.md). The text is normalised first (traditional
/// characters to simplified, NFKC, padding dropped, page chrome and running heads dropped, lost line breaks restored
/// where the sentence grammar is certain) with the original line numbers kept; documents are found by any of their
/// markers (a personnel title with or without a number, 中华人民共和国主席令, …任免名单, a report's quoted decision);
/// their bodies are read item by item. Whatever cannot be read is a <see cref="GazetteDiagnostic"/>, never guessed, and a
/// file with nothing read gets a file-level diagnostic. Reading never throws on any text.
/// </summary>
public sealed class GazetteParser(ReferenceTables tables)
{
    private readonly GroupRosterReader _rosters = new(tables);

    /// <summary>Reads every personnel document and group roster in <paramref name="text"/>.</summary>
    /// <param name="text">The whole text of a gazette issue, web page or report (or any part of one).</param>
    /// <param name="sourceName">Name of the file, recorded as <see cref="OrderSource.Gazette"/>.</param>
    /// <returns>The documents and rosters in text order, and the file-level diagnostics.</returns>
    public GazetteReadResult Read(string text, string sourceName)
    {
        var lines = GazetteLines.Split(text);
        DropRunningHeads(lines);
        var chrome = PageChrome.Drop(lines, tables.Reader);
        var rosters = _rosters.Read(text, sourceName);
        if (lines.Count == 0) return new GazetteReadResult([]) { Diagnostics = [new GazetteDiagnostic(1, "", GazetteMessages.NoPersonnelDocument)] };
        var readable = RunOnLines.Split(lines);
        var notices = new List<NoticeReading>();
        var layouts = NoticeLocator.Locate(readable);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var layout in layouts)
        {
            var reading = ReadNotice(readable, layout, sourceName, chrome.PostedOn);
            var key = PrintedTwiceKey(readable, layout);
            if (seen.TryGetValue(key, out var first))
            {
                // The same document printed again (a page that repeats its text): read once, say so at the repeat.
                var at = readable[layout.Start];
                notices[first] = notices[first] with
                {
                    Diagnostics = [.. notices[first].Diagnostics, new GazetteDiagnostic(at.Number, at.Compact, GazetteMessages.PrintedTwice)],
                };
                continue;
            }
            seen[key] = notices.Count;
            notices.Add(reading);
        }
        if (chrome.IsReport)
        {
            var claimed = layouts.Select(l => (readable[l.Start].Number, readable[l.End].Number)).ToList();
            if (ReportReader.Read(tables, readable, claimed, sourceName, chrome) is { } report) notices.Add(report);
        }
        var diagnostics = new List<GazetteDiagnostic>();
        if (notices.Count == 0 && rosters.Count == 0) diagnostics.Add(FileOutcome(lines));
        return new GazetteReadResult(notices.Select(n => n with { Diagnostics = Spans.Place(lines, n.Diagnostics) }).ToList())
        {
            Rosters = rosters.Select(r => r with { Diagnostics = Spans.Place(lines, r.Diagnostics) }).ToList(),
            Diagnostics = Spans.Place(lines, diagnostics),
        };
    }

    /// <summary>The file-level outcome of a file where nothing was read: the lines holding personnel wording, or that
    /// there is none.</summary>
    private GazetteDiagnostic FileOutcome(IReadOnlyList<SourceLine> lines)
    {
        int first = 0, last = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank || !tables.Reader.PersonnelWords.Any(w => line.Compact.Contains(w, StringComparison.Ordinal))) continue;
            if (first == 0) first = line.Number;
            last = line.Number;
        }
        if (first == 0) return new GazetteDiagnostic(1, "", GazetteMessages.NoPersonnelDocument);
        var text = lines[first - 1].Compact;
        return new GazetteDiagnostic(first, $"lines {first}-{last}: " + (text.Length > 60 ? text[..60] + "…" : text),
            GazetteMessages.PersonnelWordingNotRead) { EndLine = last };
    }

    /// <summary>What makes two printings the same document: number, title and body text.</summary>
    private static string PrintedTwiceKey(IReadOnlyList<SourceLine> lines, NoticeLayout layout)
    {
        var body = new System.Text.StringBuilder();
        body.Append(layout.Number?.ToString()).Append('|').Append(layout.FullTitle ?? layout.TitleText).Append('|');
        for (var i = layout.BodyFrom; i <= layout.BodyTo && i < lines.Count; i++) body.Append(lines[i].Compact);
        return body.ToString();
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

    private NoticeReading ReadNotice(IReadOnlyList<SourceLine> lines, NoticeLayout layout, string? sourceName, CalendarDate? postedOn)
    {
        if (layout.IsCorrection) return ReadCorrection(lines, layout, sourceName);
        var body = new BodyReader(tables, layout.Issuer);
        var logical = LineJoiner.Join(lines, layout.BodyFrom, layout.BodyTo);
        body.Read(logical);

        var diagnostics = new List<GazetteDiagnostic>(layout.Diagnostics);
        diagnostics.AddRange(body.Diagnostics);
        // The line before the body (the number, or the title): inside the document's span even when the body is
        // empty and the next document starts right after the title.
        var numberLine = lines[Math.Clamp(layout.BodyFrom - 1, layout.Start, layout.End)];
        var issuedOn = layout.IssuedOn;
        if (issuedOn is null && layout.Form is DocumentForm.Decision or DocumentForm.AppointmentList) issuedOn = body.DecidedOn;
        if (issuedOn is null && postedOn is not null && layout.Form != DocumentForm.Decision && layout.Form != DocumentForm.AppointmentList)
        {
            // No date under the signature: the page's posting date stands in, and the draft says so.
            issuedOn = postedOn;
            var noDate = diagnostics.FindIndex(d => d.Message == GazetteMessages.NoIssueDate);
            if (noDate >= 0) diagnostics[noDate] = new GazetteDiagnostic(numberLine.Number, numberLine.Compact, GazetteMessages.RepostDateUsed);
        }
        if (IsCutOff(lines, layout, logical) is { } cut)
        {
            body.DropItemsOf(cut.FirstLine);
            diagnostics.RemoveAll(d => (d.Line == cut.FirstLine && body.Diagnostics.Contains(d)) || d.Message == GazetteMessages.NoIssueDate);
            diagnostics.Add(new GazetteDiagnostic(cut.FirstLine, cut.Compact, GazetteMessages.CutOff));
        }
        if (body.Items.Count == 0)
            diagnostics.Add(new GazetteDiagnostic(numberLine.Number, numberLine.Compact, GazetteMessages.NoItems));
        else if (!TitleCheck.Agrees(layout.TitleText, body.Items))
            diagnostics.Add(new GazetteDiagnostic(layout.TitleLine, layout.TitleText, GazetteMessages.TitleDisagreesWithItems));
        if (layout.Form == DocumentForm.Proposal)
            diagnostics.Add(new GazetteDiagnostic(layout.TitleLine, layout.TitleText, GazetteMessages.Proposal));

        var draft = new OrderDraft
        {
            DocumentNumber = layout.Number?.ToString(),
            Issuer = layout.Issuer,
            Title = layout.FullTitle ?? (layout.Issuer ?? "") + layout.TitleText,
            DecisionBody = body.DecisionBody,
            DecidedOn = body.DecidedOn,
            IssuedOn = issuedOn,
            EffectiveOn = body.EffectiveOn,
            Items = body.Items,
            Source = new OrderSource(sourceName, lines[layout.Start].Number, lines[layout.End].Number, null),
        };
        return new NoticeReading(draft, diagnostics.OrderBy(d => d.Line).ToList()) { Form = layout.Form.ToString() };
    }

    /// <summary>The last logical line of a document that the end of the text cuts off: the document runs to the last
    /// line of the text, no date closes it, and its last line ends in no terminator.</summary>
    private static LogicalLine? IsCutOff(IReadOnlyList<SourceLine> lines, NoticeLayout layout, IReadOnlyList<LogicalLine> logical)
    {
        if (layout.IssuedOn is not null || logical.Count == 0 || layout.Form is DocumentForm.Decision or DocumentForm.AppointmentList) return null;
        var last = logical[^1];
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].IsBlank) continue;
            if (lines[i].Number != last.LastLine) return null;
            break;
        }
        // A signature without its date is not a cut: only a line that was read as (or tried as) an item is.
        if (LineJoiner.EndsLine(last.Compact) || IssuerText.LooksLikeOffice(last.Compact)) return null;
        return last;
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
            (decisionBody, decidedOn) = (decider.Length > 0 ? decider : null, date);
            break;
        }
        var targets = layout.Number is null ? [] : CorrectedNumbers.In(body, layout.Number);
        var revokes = layout.TitleText.Contains("撤销", StringComparison.Ordinal) && body.Contains("撤销", StringComparison.Ordinal)
            && !body.Contains("更正", StringComparison.Ordinal);
        var draft = new OrderDraft
        {
            DocumentNumber = layout.Number?.ToString(),
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
        return new NoticeReading(draft, diagnostics.OrderBy(d => d.Line).ToList()) { IsCorrection = true, Form = layout.Form.ToString() };
    }
}
