using System.Text;
using System.Text.RegularExpressions;

namespace Roster.Gazette.Text;

/// <summary>
/// Joins the physical lines of a notice body into logical lines: a line that does not end in a sentence
/// or item terminator (； ： 。 and their NFKC forms) continues on the next non-blank line, so PDF
/// extraction's "郭建勇的阳泉市公安局治安管理支队支" + blank + "队长职务；" reads as one item.
/// Blank lines are dropped.
/// </summary>
internal static partial class LineJoiner
{
    /// <summary>Longest logical line built by joining; past it the line is cut (and will not read as an item).</summary>
    public const int MaxLength = 1000;

    /// <summary>Characters that end a logical line (compact text is NFKC: ；→; ：→: ！→! ？→?).</summary>
    private const string Terminators = ";:。!?；：！？.";

    /// <summary>The logical lines of <paramref name="lines"/>[<paramref name="from"/>..<paramref name="to"/>] (0-based, inclusive).</summary>
    public static IReadOnlyList<LogicalLine> Join(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var result = new List<LogicalLine>();
        var text = new StringBuilder();
        var first = 0;
        var last = 0;
        for (var i = Math.Max(from, 0); i <= to && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (TableColumns.IsMatch(line.Printed) && TableColumns.IsMatch(PaddedName().Replace(line.Printed, "$1")))
            {
                Flush();
                result.Add(new LogicalLine(line.Number, line.Number, line.Compact, Columns: true));
                continue;
            }
            if (text.Length > 0 && (StartsItem(line.Compact) || BlockHeading().IsMatch(line.Compact)) && IsWholeItem(text)) Flush();
            if (text.Length == 0) first = line.Number;
            last = line.Number;
            text.Append(line.Compact);
            if (EndsLine(line.Compact) || text.Length >= MaxLength) Flush();
        }
        Flush();
        return result;

        void Flush()
        {
            if (text.Length == 0) return;
            result.Add(new LogicalLine(first, last, text.ToString()));
            text.Clear();
        }
    }

    /// <summary>
    /// True when <paramref name="compact"/> opens an item: a name of two to four characters (after 任命/免去, before
    /// 同志) followed by 为, 的, 任, 担任 or 不再担任. A list printed one item a line without ； ("吴德明为青川县财政局局长" then
    /// "刘建华的青川县财政局局长职务") is cut there; a line broken inside a post ("…治安管理支队支" then "队长职务；")
    /// does not open with a name and 为/的, so it still joins.
    /// </summary>
    private static bool StartsItem(string compact) => ItemOpening().IsMatch(compact);

    /// <summary>True when the text gathered so far reads as a whole item: it opens one and ends after 为 and a post,
    /// or with 职务.</summary>
    private static bool IsWholeItem(StringBuilder text)
    {
        var gathered = text.ToString();
        return StartsItem(gathered) && WholeItemEnd().IsMatch(gathered);
    }

    [GeneratedRegex(@"^(任命|免去|任)?[\p{IsCJKUnifiedIdeographs}·]{2,4}(同志)?(为|的|担?任|不再担任)\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ItemOpening();

    /// <summary>A block heading alone on its line ("免去:", "接受辞职:"): it closes the item before it.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}[:：]$")]
    private static partial Regex BlockHeading();

    [GeneratedRegex(@"((为|任)\p{IsCJKUnifiedIdeographs}{3,}[^为的]*|职务)$")]
    private static partial Regex WholeItemEnd();

    /// <summary>True when <paramref name="compact"/> ends in a terminator.</summary>
    public static bool EndsLine(string compact) => compact.Length > 0 && Terminators.Contains(compact[^1]);

    /// <summary>Text, a tab or a gap of three or more spaces (two ideographic ones), text: two table cells on one line.</summary>
    private static readonly Regex TableColumns = TableColumnsPattern();

    [GeneratedRegex(@"\S(\t+| {3,}|\u3000{2,})\S")]
    private static partial Regex TableColumnsPattern();

    /// <summary>A two-character name padded to the width of three at the start of a line ("王　　伟为…"): not a column gap.</summary>
    [GeneratedRegex(@"^(\s*\p{IsCJKUnifiedIdeographs})[ \u3000]{1,4}(?=\p{IsCJKUnifiedIdeographs}[^ \u3000])")]
    private static partial Regex PaddedName();
}
