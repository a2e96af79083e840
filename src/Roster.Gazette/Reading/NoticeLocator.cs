using System.Text.RegularExpressions;
using Roster.Domain.Names;
using Roster.Domain.Time;
using Roster.Gazette.Text;

namespace Roster.Gazette.Reading;

/// <summary>
/// Finds the personnel notices in a gazette. Every document in a gazette is anchored by a line that is only its
/// document number (阳政任字〔2022〕1号), with the title just above it ("关于…的通知", possibly over two lines) and the
/// issuer before 关于 or on the line above ("阳 泉 市 人 民 政 府"). A document is a personnel notice when its
/// title ends in 任免职务/任职/免职/聘任/解聘…的通知. The table of contents prints the same titles with the number in
/// parentheses on the same line, so it anchors nothing. A notice runs to the date under its signature and the
/// release note "（此件公开发布）" after it, and never past the heading of the next document.
/// </summary>
internal static partial class NoticeLocator
{
    /// <summary>Most non-blank lines a title (with its issuer) spans above the document number.</summary>
    private const int MaxHeadingLines = 4;

    /// <summary>Longest line read as a document number.</summary>
    private const int MaxNumberLength = 40;

    /// <summary>The personnel notices in <paramref name="lines"/>, in text order.</summary>
    public static IReadOnlyList<NoticeLayout> Locate(IReadOnlyList<SourceLine> lines)
    {
        var anchors = new List<(int Index, DocumentNumber Number, Heading? Heading)>();
        var floor = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!TryReadNumber(lines[i].Compact, out var number)) continue;
            anchors.Add((i, number, ReadHeading(lines, i, floor)));
            floor = i + 1;
        }

        var notices = new List<NoticeLayout>();
        for (var k = 0; k < anchors.Count; k++)
        {
            var (index, number, heading) = anchors[k];
            if (heading is null) continue;
            var correction = IsCorrection(heading.TitleText, number);
            if (!correction && !PersonnelTitle().IsMatch(heading.TitleText)) continue;
            var windowEnd = k + 1 < anchors.Count ? Math.Max(index, (anchors[k + 1].Heading?.Start ?? anchors[k + 1].Index) - 1) : lines.Count - 1;
            notices.Add(Frame(lines, index, number, heading, windowEnd) with { IsCorrection = correction });
        }
        return notices;
    }

    /// <summary>A document number alone on its line. Lines with digits of other scripts are skipped: the domain
    /// parser matches them as digits but cannot convert them.</summary>
    private static bool TryReadNumber(string compact, out DocumentNumber number)
    {
        number = null!;
        if (compact.Length is 0 or > MaxNumberLength || compact[^1] != '号') return false;
        if (compact.Any(c => char.IsDigit(c) && c is not (>= '0' and <= '9'))) return false;
        return DocumentNumber.TryParse(compact, out number);
    }

    private sealed record Heading(int Start, int TitleIndex, string? Issuer, string TitleText);

    /// <summary>The title block above the document number at <paramref name="anchor"/>, not reaching above <paramref name="floor"/>.</summary>
    private static Heading? ReadHeading(IReadOnlyList<SourceLine> lines, int anchor, int floor)
    {
        var gathered = new List<int>();
        for (var j = anchor - 1; j >= floor && gathered.Count < MaxHeadingLines; j--)
        {
            var compact = lines[j].Compact;
            if (compact.Length == 0) continue;
            if (LineJoiner.EndsLine(compact) || compact.Length > 200) break; // a sentence of the previous document
            gathered.Insert(0, j);
            if (compact.Contains("关于", StringComparison.Ordinal)) break;
        }
        if (gathered.Count == 0) return null;
        var titleIndex = gathered[0];
        var first = lines[titleIndex].Compact;
        var about = first.IndexOf("关于", StringComparison.Ordinal);
        if (about < 0) return null;
        var titleText = first[about..] + string.Concat(gathered.Skip(1).Select(j => lines[j].Compact));
        var prefix = first[..about];
        if (prefix.Length > 0) return new Heading(titleIndex, titleIndex, IssuerText.LooksLikeOffice(prefix) ? prefix : null, titleText);
        for (var j = titleIndex - 1; j >= floor; j--)
        {
            var compact = lines[j].Compact;
            if (compact.Length == 0) continue;
            return IssuerText.LooksLikeOffice(compact)
                ? new Heading(j, titleIndex, compact, titleText)
                : new Heading(titleIndex, titleIndex, null, titleText);
        }
        return new Heading(titleIndex, titleIndex, null, titleText);
    }

    /// <summary>Finds signature, date and release note of the notice numbered at <paramref name="anchor"/>,
    /// looking no further than <paramref name="windowEnd"/>.</summary>
    private static NoticeLayout Frame(IReadOnlyList<SourceLine> lines, int anchor, DocumentNumber number, Heading heading, int windowEnd)
    {
        var diagnostics = new List<GazetteDiagnostic>();
        var issuer = heading.Issuer;
        CalendarDate? issuedOn = null;
        var bodyTo = windowEnd;
        var end = LastNonBlank(lines, anchor, windowEnd);

        for (var d = anchor + 1; d <= windowEnd; d++)
        {
            if (!GazetteDates.TryReadDateLine(lines[d].Compact, out var date, out var signature)) continue;
            issuedOn = date;
            bodyTo = d - 1;
            if (signature.Length > 0) issuer ??= signature;
            else
            {
                var above = PreviousNonBlank(lines, d, anchor + 1);
                if (above >= 0 && (lines[above].Compact == issuer || (issuer is null && IssuerText.LooksLikeOffice(lines[above].Compact))))
                {
                    issuer ??= lines[above].Compact;
                    bodyTo = above - 1;
                }
            }
            end = d;
            var next = NextNonBlank(lines, d, windowEnd);
            if (next >= 0 && ReleaseNote().IsMatch(lines[next].Compact)) end = next;
            break;
        }

        if (issuedOn is null) diagnostics.Add(new GazetteDiagnostic(lines[anchor].Number, lines[anchor].Compact, GazetteMessages.NoIssueDate));
        if (issuer is null) diagnostics.Add(new GazetteDiagnostic(lines[heading.Start].Number, lines[heading.Start].Compact, GazetteMessages.NoIssuer));
        return new NoticeLayout(number, issuer, heading.TitleText, lines[heading.TitleIndex].Number, heading.Start,
            anchor + 1, bodyTo, issuedOn, end, diagnostics);
    }

    private static int LastNonBlank(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var j = to; j > from; j--) if (!lines[j].IsBlank) return j;
        return from;
    }

    private static int PreviousNonBlank(IReadOnlyList<SourceLine> lines, int before, int floor)
    {
        for (var j = before - 1; j >= floor; j--) if (!lines[j].IsBlank) return j;
        return -1;
    }

    private static int NextNonBlank(IReadOnlyList<SourceLine> lines, int after, int to)
    {
        for (var j = after + 1; j <= to; j++) if (!lines[j].IsBlank) return j;
        return -1;
    }

    /// <summary>A correction of a personnel notice: 更正 or 撤销 in the title, and a personnel word in the title or
    /// 任 in the document number's code (阳政任字).</summary>
    private static bool IsCorrection(string titleText, DocumentNumber number) =>
        (titleText.Contains("更正", StringComparison.Ordinal) || titleText.Contains("撤销", StringComparison.Ordinal))
        && (PersonnelWord().IsMatch(titleText) || number.Code.Contains('任', StringComparison.Ordinal));

    /// <summary>Titles of personnel notices: …任免职务的通知, …任职的通知, …免职的通知, …聘任(职务)的通知, …解聘(职务)的通知,
    /// 关于任命…的通知, …的决定.</summary>
    [GeneratedRegex("^关于.{0,200}(任免|任职|免职|任命|聘任|解聘|聘免)(职务)?.{0,12}?(的通知|的决定)$")]
    private static partial Regex PersonnelTitle();

    [GeneratedRegex("任免|任职|免职|任命|聘任|解聘")]
    private static partial Regex PersonnelWord();

    /// <summary>（此件公开发布）, （此件依申请公开）… after NFKC.</summary>
    [GeneratedRegex(@"^\(此件[^()]{1,20}\)$")]
    private static partial Regex ReleaseNote();
}
