using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Gazette.Text;

namespace Roster.Gazette.Reading;

/// <summary>
/// Reads the decisions a news report quotes ("会议决定任命张三为某市人民政府副市长"): only clauses that open with a
/// decision verb (seed/reader-vocabulary.yaml <c>report_verbs</c>) right after a lead-in (<c>report_lead_ins</c>: nothing,
/// 会议, 会议还…, or a session's name) are items; background (去年被任命为…, 已辞去…), reporters, editors and people
/// mentioned in passing are never read. The items form one draft held with <see cref="GazetteMessages.ReadFromReport"/>:
/// read from a report, not from the document.
/// </summary>
internal static class ReportReader
{
    /// <summary>Words that mark a clause as background rather than this report's decision.</summary>
    private static readonly string[] Background = ["去年", "此前", "曾", "已", "原", "被", "前年", "年初"];

    /// <summary>The report's quoted decisions as one draft, or null when it quotes none.</summary>
    public static NoticeReading? Read(ReferenceTables tables, IReadOnlyList<SourceLine> lines, IReadOnlyList<(int From, int To)> claimed,
        string sourceName, ChromeFacts chrome)
    {
        var words = tables.Reader;
        if (words.ReportVerbs.Count == 0) return null;
        var verbs = words.ReportVerbs.OrderByDescending(v => v.Length).ToList();
        var leadIns = words.ReportLeadIns.Where(l => l.Length > 0).OrderByDescending(l => l.Length).ToList();
        var body = new BodyReader(tables, null);
        var picked = new List<LogicalLine>();
        string? decisionBody = null;
        string? headline = null;
        foreach (var line in lines)
        {
            if (line.IsBlank || claimed.Any(c => line.Number >= c.From && line.Number <= c.To)) continue;
            headline ??= line.Compact.Length <= 60 ? line.Compact : null;
            foreach (var sentence in line.Compact.Split(['。', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var clause in sentence.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (ItemStart(clause, verbs, leadIns) is not { } start) continue;
                    var lead = clause[..start];
                    if (lead.EndsWith("会议", StringComparison.Ordinal) && lead.Length >= 6) decisionBody ??= lead;
                    picked.Add(new LogicalLine(line.Number, line.Number, clause[start..]));
                }
            }
        }
        if (picked.Count == 0) return null;
        body.Read(picked);
        if (body.Items.Count == 0 && body.Diagnostics.Count == 0) return null;
        var first = picked[0];
        var diagnostics = new List<GazetteDiagnostic> { new(first.FirstLine, first.Compact, GazetteMessages.ReadFromReport) };
        diagnostics.AddRange(body.Diagnostics);
        var draft = new OrderDraft
        {
            Title = headline,
            DecisionBody = decisionBody ?? body.DecisionBody,
            DecidedOn = body.DecidedOn,
            IssuedOn = chrome.PostedOn,
            Items = body.Items,
            Source = new OrderSource(sourceName, picked[0].FirstLine, picked[^1].LastLine, null),
        };
        return new NoticeReading(draft, diagnostics.OrderBy(d => d.Line).ToList()) { Form = nameof(DocumentForm.Report) };
    }

    /// <summary>Where the item in <paramref name="clause"/> starts (at its verb), or null when the clause is not a quoted decision.</summary>
    private static int? ItemStart(string clause, IReadOnlyList<string> verbs, IReadOnlyList<string> leadIns)
    {
        for (var at = 0; at < clause.Length && at <= 80; at++)
        {
            var verb = verbs.FirstOrDefault(v => string.CompareOrdinal(clause, at, v, 0, v.Length) == 0);
            if (verb is null) continue;
            var lead = clause[..at];
            if (Background.Any(b => lead.Contains(b, StringComparison.Ordinal))) return null;
            if (lead.Length > 0 && !leadIns.Any(l => lead.EndsWith(l, StringComparison.Ordinal))) return null;
            // 接受 opens an item only as a resignation (接受张三辞去…职务的请求), never 接受采访 or 接受监督.
            if (verb.EndsWith("接受", StringComparison.Ordinal) && !clause.Contains("辞去", StringComparison.Ordinal)) return null;
            return at;
        }
        return null;
    }
}
