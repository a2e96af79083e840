using System.Text.RegularExpressions;
using Roster.Domain.Reference;
using Roster.Domain.Time;

namespace Roster.Gazette.Text;

/// <summary>What the page furniture of a text says: when the page was posted and whether it is a news report.</summary>
/// <param name="PostedOn">The first date printed on a chrome line (发布时间：2011-05-12), or null.</param>
/// <param name="IsReport">True when a short line near the top or the bottom of the text carries a report marker (本报讯, 记者).</param>
internal sealed record ChromeFacts(CalendarDate? PostedOn, bool IsReport);

/// <summary>
/// Drops web-page furniture before reading (seed/reader-vocabulary.yaml <c>chrome</c>): a line made only of chrome
/// words and brackets (【打印】【关闭】, 字号：大 中 小) or a short line starting with a chrome word and a colon
/// (来源：…, 发布时间：…, 责任编辑：…) reads as blank; line numbers are kept.
/// </summary>
internal static partial class PageChrome
{
    /// <summary>Longest line that can be chrome.</summary>
    private const int MaxLength = 100;

    /// <summary>Lines at each end of the text where a report marker counts.</summary>
    private const int ReportEdge = 15;

    /// <summary>Blanks the chrome lines of <paramref name="lines"/> and returns what they said.</summary>
    public static ChromeFacts Drop(IReadOnlyList<SourceLine> lines, ReaderVocabulary words)
    {
        if (lines is not SourceLine[] array || words.Chrome.Count == 0) return new ChromeFacts(null, false);
        CalendarDate? postedOn = null;
        var nonBlank = new List<int>();
        for (var i = 0; i < array.Length; i++)
        {
            var compact = array[i].Compact;
            if (compact.Length == 0) continue;
            nonBlank.Add(i);
            if (compact.Length > MaxLength || !IsChrome(compact, words.Chrome)) continue;
            postedOn ??= DateIn(compact);
            array[i] = array[i] with { Compact = "" };
        }
        var edges = nonBlank.Take(ReportEdge).Concat(nonBlank.Skip(Math.Max(ReportEdge, nonBlank.Count - ReportEdge)));
        var report = edges.Any(i => array[i].Printed.Length <= MaxLength
            && words.ReportMarkers.Any(m => array[i].Printed.Contains(m, StringComparison.Ordinal)));
        return new ChromeFacts(postedOn, report);
    }

    private static bool IsChrome(string compact, IReadOnlyList<string> chrome)
    {
        var colon = compact.IndexOf(':');
        if (colon > 0 && colon <= 6 && chrome.Contains(compact[..colon])) return true;
        // Only chrome words and brackets: 【打印】【关闭】, [打印本页][关闭窗口], 字号:大中小.
        var rest = Brackets().Replace(compact, "");
        if (rest.Length == 0) return false;
        var at = 0;
        while (at < rest.Length)
        {
            var word = chrome.Where(w => w.Length > 0 && string.CompareOrdinal(rest, at, w, 0, w.Length) == 0).MaxBy(w => w.Length);
            if (word is null) return false;
            at += word.Length;
        }
        return true;
    }

    private static CalendarDate? DateIn(string compact)
    {
        var match = PostedDate().Match(compact);
        if (!match.Success) return null;
        return new CalendarDate(int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"[\[\]【】()<>《》:|/·\-]")]
    private static partial Regex Brackets();

    [GeneratedRegex("(?<y>[0-9]{4})(?:年|-|/|\\.)(?<m>[0-9]{1,2})(?:月|-|/|\\.)(?<d>[0-9]{1,2})")]
    private static partial Regex PostedDate();
}
