using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Gazette.Text;

namespace Roster.Gazette.Groups;

/// <summary>
/// A roster whose line breaks were lost ("…名单如下：组长：王五 副市长 副组长：赵六 市公安局局长 成员：…。办公室设在…"): the
/// line is split into one line per role and sentence, each keeping the original line number, only where the seat
/// grammar is certain: a role label followed by a colon that starts the text or follows white space or punctuation.
/// A role label glued to the text before it ("…局长副组长：") could end a title as well as start a label, so such a line
/// is not split and its roster is held.
/// </summary>
internal static class RunOnLine
{
    /// <summary>Shortest compact line considered a run-on roster.</summary>
    private const int MinLength = 20;

    /// <summary>The lines of <paramref name="line"/> when it is a run-on roster; null when it is not one.
    /// <paramref name="uncertain"/> is true when it looks like one but cannot be split with certainty.</summary>
    public static List<SourceLine>? Split(SourceLine line, GroupTable groups, out bool uncertain)
    {
        uncertain = false;
        if (line.Compact.Length < MinLength) return null;
        var printed = GazetteLines.FoldWidth(line.Printed);
        var cuts = new SortedSet<int>();
        var labels = 0;
        for (var c = 0; c < printed.Length; c++)
        {
            if (printed[c] != ':') continue;
            var start = LabelStart(printed, c, groups);
            if (start < 0)
            {
                // "…通知如下：" ends the announcement; the seats start after it.
                if (Before(printed, c).EndsWith("如下", StringComparison.Ordinal)) cuts.Add(c + 1);
                continue;
            }
            labels++;
            if (start > 0 && !char.IsWhiteSpace(printed[start - 1]) && !"。;,、".Contains(printed[start - 1]) && !Before(printed, start).EndsWith("如下:", StringComparison.Ordinal))
            {
                uncertain = true;
                continue;
            }
            cuts.Add(start);
        }
        if (labels < 2 && !(labels == 1 && cuts.Count >= 2)) return null;
        for (var c = 0; c < printed.Length - 1; c++)
        {
            if (printed[c] == '。') cuts.Add(c + 1);
        }
        // "…局长 领导小组办公室设在…": the office paragraph starts at the white space before the body's name.
        foreach (var marker in groups.Wording.OfficeMarkers)
        {
            var k = printed.IndexOf(marker, StringComparison.Ordinal);
            if (k <= 0) continue;
            var space = printed.LastIndexOfAny([' ', '\t'], k - 1);
            if (space >= 0 && !printed[(space + 1)..k].Any(ch => "。;,、:".Contains(ch))) cuts.Add(space + 1);
        }
        if (uncertain) return null;
        var result = new List<SourceLine>();
        var from = 0;
        foreach (var cut in cuts.Append(printed.Length))
        {
            if (cut <= from) continue;
            var piece = printed[from..cut];
            from = cut;
            if (TextForm.Compact(piece).Length == 0) continue;
            result.Add(new SourceLine(line.Number, piece.Trim(), TextForm.Compact(piece)));
        }
        return result.Count > 1 ? result : null;
    }

    /// <summary>Start of the role label (possibly spaced: "主 任 委 员") ending at the colon at <paramref name="colon"/>, or -1.</summary>
    private static int LabelStart(string printed, int colon, GroupTable groups)
    {
        foreach (var role in groups.RolesLongestFirst.Concat(groups.Wording.MemberUnitLabels).OrderByDescending(r => r.Length))
        {
            var k = colon - 1;
            var i = role.Length - 1;
            while (k >= 0 && i >= 0)
            {
                if (char.IsWhiteSpace(printed[k]) && i < role.Length - 1) { k--; continue; }
                if (char.IsWhiteSpace(printed[k])) { k--; continue; }
                if (printed[k] != role[i]) break;
                k--;
                i--;
            }
            if (i < 0) return k + 1;
        }
        return -1;
    }

    private static string Before(string printed, int index) => TextForm.Compact(printed[Math.Max(0, index - 8)..index]);
}
