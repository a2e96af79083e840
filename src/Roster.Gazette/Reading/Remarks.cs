using System.Text.RegularExpressions;

namespace Roster.Gazette.Reading;

/// <summary>The remarks in parentheses that close an item: （试用期一年） → probation P1Y (六个月/半年 → P6M, 两年 → P2Y,
/// 一年半 → P18M), （保留原职级待遇） → retains rank. Anything else is unknown and becomes the note.</summary>
/// <param name="Probation">ISO 8601 period, or null.</param>
/// <param name="RetainsRank">保留原职级待遇.</param>
/// <param name="Unknown">Remarks not read, as printed without parentheses.</param>
/// <param name="Acting">(主持工作) or (代理).</param>
/// <param name="Notes">Remarks read as notes without a diagnostic (退休, 另有任用, 挂职…; <see cref="Vocabulary.NoteRemark"/>).</param>
internal sealed partial record Remarks(string? Probation, bool RetainsRank, IReadOnlyList<string> Unknown, bool Acting, IReadOnlyList<string> Notes)
{
    /// <summary>Splits <paramref name="clause"/> (compact, so （） are ()) into the text before its trailing
    /// parenthesised remarks and the remarks read. A probation is read only on an item that
    /// <paramref name="starts"/> a tenure; on a removal it is an unknown remark.</summary>
    public static (string Core, Remarks Remarks) Split(string clause, bool starts)
    {
        var found = new List<string>();
        var core = clause;
        while (core.Length > 0 && core[^1] == ')')
        {
            var open = core.LastIndexOf('(');
            if (open < 0) break;
            found.Insert(0, core[(open + 1)..^1]);
            core = core[..open];
        }
        string? probation = null;
        var retainsRank = false;
        var unknown = new List<string>();
        var notes = new List<string>();
        var acting = false;
        foreach (var remark in found)
        {
            if (starts && probation is null && TryReadProbation(remark, out var period)) probation = period;
            else if (RetainsRankRemark().IsMatch(remark)) retainsRank = true;
            else if (Vocabulary.ActingRemark().IsMatch(remark)) acting = true;
            else if (Vocabulary.NoteRemark().IsMatch(remark)) notes.Add(remark);
            else unknown.Add(remark);
        }
        return (core, new Remarks(probation, retainsRank, unknown, acting, notes));
    }

    /// <summary>
    /// <paramref name="clause"/> with a remark printed after a comma instead of in parentheses ("X任A局局长,试用期一年",
    /// "免去X的A局局长职务,退休") put in parentheses, so <see cref="Split"/> reads it; the clause as it was when the text
    /// after the last comma is no remark the parser reads (",兼B办主任" is a second post).
    /// </summary>
    public static string Bracketed(string clause, bool starts)
    {
        var comma = clause.LastIndexOf(',');
        if (comma <= 0 || comma == clause.Length - 1) return clause;
        var remark = clause[(comma + 1)..];
        var known = (starts && TryReadProbation(remark, out _)) || RetainsRankRemark().IsMatch(remark)
            || Vocabulary.ActingRemark().IsMatch(remark) || Vocabulary.NoteRemark().IsMatch(remark);
        return known ? $"{clause[..comma]}({remark})" : clause;
    }

    /// <summary>Reads 试用期一年 (also 试用期为一年, 试用期六个月, 试用期半年, 试用期一年半).</summary>
    public static bool TryReadProbation(string remark, out string period)
    {
        period = "";
        var match = ProbationRemark().Match(remark);
        if (!match.Success) return false;
        if (match.Groups["half"].Success) { period = "P6M"; return true; }
        if (!ChineseCount.TryRead(match.Groups["n"].Value, out var n) || n == 0) return false;
        period = match.Groups["unit"].Value switch
        {
            "年" => $"P{n}Y",
            "年半" => $"P{n * 12 + 6}M",
            _ => $"P{n}M",
        };
        return true;
    }

    [GeneratedRegex("^试用期为?(?:(?<half>半年)|(?<n>[0-9一二两三四五六七八九十]{1,3})(?<unit>年半|年|个月|个月份))$")]
    private static partial Regex ProbationRemark();

    [GeneratedRegex("^保留原(职级|级别|职级职务)待遇$")]
    private static partial Regex RetainsRankRemark();
}
