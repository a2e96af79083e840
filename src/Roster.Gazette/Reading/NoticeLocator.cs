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
            if (!correction && !PersonnelTitle().IsMatch(heading.TitleText) && !AnyPersonnelTitle().IsMatch(heading.TitleText)) continue;
            var windowEnd = k + 1 < anchors.Count ? Math.Max(index, (anchors[k + 1].Heading?.Start ?? anchors[k + 1].Index) - 1) : lines.Count - 1;
            var form = FormOf(heading.TitleText);
            var framed = Frame(lines, index + 1, index, number, heading, windowEnd, form) with { IsCorrection = correction, Form = form };
            notices.Add(framed);
        }
        var claimed = new bool[lines.Count];
        foreach (var notice in notices) Claim(claimed, notice.Start, notice.End);
        // Numbered documents of any kind bound the windows of the documents found by their titles.
        var starts = anchors.Where(a => a.Heading is not null).Select(a => a.Heading!.Start).ToList();
        var found = new List<(int Start, Func<int, NoticeLayout?> Read)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (claimed[i] || lines[i].IsBlank || lines[i].Compact.Length > MaxTitleLength) continue;
            var at = i;
            if (PresidentialOrder().IsMatch(lines[i].Compact))
            {
                found.Add((at, end => ReadPresidentialOrder(lines, at, end)));
                starts.Add(at);
            }
            else if (AppointmentListHeading().IsMatch(lines[i].Compact))
            {
                found.Add((at, end => ReadTitled(lines, at, at, lines[at].Compact, end, DocumentForm.AppointmentList, claimed)));
                starts.Add(at);
            }
            else if (ReadTitleLines(lines, i) is { } title)
            {
                found.Add((at, end => ReadTitled(lines, at, title.Last, title.Text, end, FormOf(title.Text), claimed)));
                starts.Add(at);
                i = title.Last;
            }
            else continue;
            // A heading found is no issuer or number of the document after it.
            Claim(claimed, at, i);
        }
        if (found.Count == 0) return notices;
        starts.Sort();
        foreach (var (start, read) in found)
        {
            var next = starts.FirstOrDefault(s => s > start, lines.Count);
            if (read(next - 1) is { } layout) notices.Add(layout);
        }
        var ordered = notices.OrderBy(n => n.Start).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            // A number printed above the next title belongs to the next document: the one before ends above it.
            var (previous, current) = (ordered[k - 1], ordered[k]);
            if (previous.End >= current.Start)
                ordered[k - 1] = previous with { End = Math.Max(previous.Start, current.Start - 1), BodyTo = Math.Min(previous.BodyTo, current.Start - 1) };
        }
        return ordered;
    }

    /// <summary>Longest line read as a title, an order heading or a list heading.</summary>
    private const int MaxTitleLength = 240;

    private static void Claim(bool[] claimed, int from, int to)
    {
        for (var j = Math.Max(from, 0); j <= to && j < claimed.Length; j++) claimed[j] = true;
    }

    /// <summary>The form a title announces: a proposal (议案, 提请), a decision (…的决定) or a notice.</summary>
    private static DocumentForm FormOf(string titleText) =>
        titleText.EndsWith("议案", StringComparison.Ordinal) || titleText.Contains("提请", StringComparison.Ordinal) ? DocumentForm.Proposal
        : titleText.EndsWith("名单", StringComparison.Ordinal) ? DocumentForm.AppointmentList
        : titleText.EndsWith("决定", StringComparison.Ordinal) ? DocumentForm.Decision
        : DocumentForm.Notice;

    /// <summary>A personnel title starting at <paramref name="index"/> (关于…任免…的通知, …的决定, …的议案), over at most three
    /// lines, with its issuer before 关于 when printed on the same line; null when the line starts none.</summary>
    private static (int Last, string Text)? ReadTitleLines(IReadOnlyList<SourceLine> lines, int index)
    {
        var first = lines[index].Compact;
        // A table of contents prints the title with its number in parentheses (or a page number) after it: no title.
        if (!first.Contains("关于", StringComparison.Ordinal) || first.EndsWith(')') || char.IsAsciiDigit(first[^1])) return null;
        var text = first;
        var last = index;
        for (var extra = 0; extra < 2 && !TitleEnd().IsMatch(text); extra++)
        {
            var next = NextNonBlank(lines, last, Math.Min(lines.Count - 1, last + 2));
            if (next < 0 || lines[next].Compact.Length > MaxTitleLength || LineJoiner.EndsLine(lines[next].Compact)
                || lines[next].Compact.Contains("关于", StringComparison.Ordinal) || lines[next].Compact.EndsWith(')')) return null;
            text += lines[next].Compact;
            last = next;
        }
        var about = text.IndexOf("关于", StringComparison.Ordinal);
        var titleText = text[about..];
        if (!PersonnelTitle().IsMatch(titleText) && !AnyPersonnelTitle().IsMatch(titleText)) return null;
        return (last, text);
    }

    /// <summary>A document found by its title (or list heading) at <paramref name="titleIndex"/>..<paramref name="titleLast"/>:
    /// the document number may stand below or above the title or be missing, the issuer may be printed before 关于, on
    /// the line above (…人民政府文件) or only in the signature.</summary>
    private static NoticeLayout? ReadTitled(IReadOnlyList<SourceLine> lines, int titleIndex, int titleLast, string text, int windowEnd,
        DocumentForm form, bool[] claimed)
    {
        var about = text.IndexOf("关于", StringComparison.Ordinal);
        string titleText;
        string? issuer = null;
        if (form == DocumentForm.AppointmentList)
        {
            var list = text.IndexOf("任免名单", StringComparison.Ordinal);
            issuer = list > 0 ? text[..list] : null;
            titleText = "任免名单";
        }
        else
        {
            titleText = text[about..];
            var prefix = OfficeOf(text[..about]);
            if (prefix is not null) issuer = prefix;
        }
        var start = titleIndex;
        DocumentNumber? number = null;
        var bodyFrom = titleLast + 1;
        // The number under the title (within two lines), else above it (within three).
        var below = NextNonBlank(lines, titleLast, Math.Min(windowEnd, titleLast + 3));
        if (below >= 0 && TryReadNumber(lines[below].Compact, out var underTitle))
        {
            number = underTitle;
            bodyFrom = below + 1;
        }
        for (var j = titleIndex - 1; j >= 0 && j >= titleIndex - 6; j--)
        {
            if (lines[j].IsBlank) continue;
            if (claimed[j]) break;
            var compact = lines[j].Compact;
            if (number is null && TryReadNumber(compact, out var aboveTitle))
            {
                number = aboveTitle;
                start = j;
                continue;
            }
            if (issuer is null && OfficeOf(compact) is { } office)
            {
                issuer = office;
                start = j;
            }
            break;
        }
        var heading = new Heading(start, titleIndex, issuer, titleText);
        var layout = Frame(lines, bodyFrom, titleLast, number, heading, Math.Max(windowEnd, bodyFrom), form);
        return layout with { Form = form };
    }

    /// <summary>An order of the head of state: 中华人民共和国主席令, its number on the next line (第十二号, （第十二号）, 第12号),
    /// the basis line, the items, the signature 中华人民共和国主席 NAME and the date. The order's number is recorded as
    /// 中华人民共和国主席令〔year of signing〕N号, since the printed number restarts with every term.</summary>
    private static NoticeLayout? ReadPresidentialOrder(IReadOnlyList<SourceLine> lines, int header, int windowEnd)
    {
        var headerText = lines[header].Compact;
        var numberText = PresidentialOrder().Match(headerText).Groups["n"].Value;
        var bodyFrom = header + 1;
        for (var j = header + 1; j <= windowEnd && j <= header + 4; j++)
        {
            if (lines[j].IsBlank) continue;
            var match = OrderNumber().Match(lines[j].Compact);
            if (!match.Success) break;
            if (numberText.Length == 0) numberText = match.Groups["n"].Value;
            bodyFrom = j + 1;
        }
        const string Issuer = "中华人民共和国主席";
        var heading = new Heading(header, header, Issuer, "主席令");
        var layout = Frame(lines, bodyFrom, header, null, heading, Math.Max(windowEnd, bodyFrom), DocumentForm.PresidentialOrder);
        DocumentNumber? number = null;
        if (ChineseNumber.TryRead(numberText, out var sequence) && layout.IssuedOn is { } signed)
            DocumentNumber.TryParse($"中华人民共和国主席令〔{signed.Year}〕{sequence}号", out number);
        var title = numberText.Length > 0 ? $"中华人民共和国主席令（第{numberText}号）" : "中华人民共和国主席令";
        var diagnostics = layout.Diagnostics;
        if (number is null)
            diagnostics = [.. diagnostics, new GazetteDiagnostic(lines[header].Number, lines[header].Compact, GazetteMessages.NoDocumentNumber)];
        return layout with { Number = number, Form = DocumentForm.PresidentialOrder, FullTitle = title, Diagnostics = diagnostics };
    }

    /// <summary>An issuing office printed alone on a line, or before 关于: 阳泉市人民政府, 国务院办公厅, 某市人民政府文件 (the
    /// masthead word 文件 dropped); null when the text is not an office.</summary>
    private static string? OfficeOf(string compact)
    {
        if (compact.EndsWith("文件", StringComparison.Ordinal) && compact.Length > 4) compact = compact[..^2];
        if (compact.Contains("关于", StringComparison.Ordinal) || compact.EndsWith("通知", StringComparison.Ordinal)) return null;
        return IssuerText.LooksLikeOffice(compact) ? compact : null;
    }

    /// <summary>A document number alone on its line. Lines with digits of other scripts are skipped: the domain
    /// parser matches them as digits but cannot convert them.</summary>
    private static bool TryReadNumber(string compact, out DocumentNumber number)
    {
        number = null!;
        if (compact.Length > 0 && compact[^1] == '日' && NumberThenDate().Match(compact) is { Success: true } glued)
            compact = glued.Groups["n"].Value; // "清河府办函[2011]57号2011年5月12日": the number with its date glued on
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
    private static NoticeLayout Frame(IReadOnlyList<SourceLine> lines, int bodyFrom, int anchor, DocumentNumber? number, Heading heading,
        int windowEnd, DocumentForm form)
    {
        var diagnostics = new List<GazetteDiagnostic>();
        windowEnd = Math.Min(windowEnd, lines.Count - 1);
        var issuer = heading.Issuer;
        CalendarDate? issuedOn = null;
        var bodyTo = windowEnd;
        var end = LastNonBlank(lines, anchor, windowEnd);

        for (var d = bodyFrom; d <= windowEnd; d++)
        {
            if (!GazetteDates.TryReadDateLine(lines[d].Compact, out var date, out var signature)) continue;
            issuedOn = date;
            bodyTo = d - 1;
            if (signature.Length > 0) issuer ??= signature;
            else
            {
                var above = PreviousNonBlank(lines, d, bodyFrom);
                if (above >= 0 && (lines[above].Compact == issuer || IsSignatureOf(lines[above].Compact, issuer)
                    || IsNamedSignature(lines[above].Compact) || (issuer is null && IssuerText.LooksLikeOffice(lines[above].Compact))))
                {
                    if (!IsNamedSignature(lines[above].Compact)) issuer ??= lines[above].Compact;
                    bodyTo = above - 1;
                }
            }
            end = d;
            var next = NextNonBlank(lines, d, windowEnd);
            if (next >= 0 && ReleaseNote().IsMatch(lines[next].Compact)) end = next;
            break;
        }

        // Decisions and lists of a people's congress are dated by the session that adopted them, not under a signature.
        var adoptedAtSession = form is DocumentForm.Decision or DocumentForm.AppointmentList;
        if (issuedOn is null)
        {
            // A signature with no date under it (a reposted page that dropped the date) is not a body line.
            var last = LastNonBlank(lines, bodyFrom - 1, bodyTo);
            if (last >= bodyFrom && (lines[last].Compact == issuer || (issuer is null && IssuerText.LooksLikeOffice(lines[last].Compact))))
            {
                issuer ??= lines[last].Compact;
                bodyTo = last - 1;
            }
        }
        if (issuedOn is null && !adoptedAtSession) diagnostics.Add(new GazetteDiagnostic(lines[anchor].Number, lines[anchor].Compact, GazetteMessages.NoIssueDate));
        if (issuer is null) diagnostics.Add(new GazetteDiagnostic(lines[heading.Start].Number, lines[heading.Start].Compact, GazetteMessages.NoIssuer));
        if (number is null && form != DocumentForm.PresidentialOrder)
            diagnostics.Add(new GazetteDiagnostic(lines[heading.TitleIndex].Number, lines[heading.TitleIndex].Compact, GazetteMessages.NoDocumentNumber));
        return new NoticeLayout(number, issuer, heading.TitleText, lines[heading.TitleIndex].Number, heading.Start,
            bodyFrom, bodyTo, issuedOn, end, diagnostics);
    }

    /// <summary>A signature of a head and a name right above the date (市长 周海涛, 主任 王明): a head's title and two to
    /// four letters, no item wording.</summary>
    private static bool IsNamedSignature(string compact) => NamedSignature().IsMatch(compact);

    [GeneratedRegex("^(?:[^为的,:]{0,20}?)(?:省长|市长|县长|区长|主任|局长|部长|主席|总理|署长|行长|会长)\\p{L}{2,4}$")]
    private static partial Regex NamedSignature();

    /// <summary>A signature that starts with the issuer and adds a name: 中华人民共和国主席 NAME.</summary>
    private static bool IsSignatureOf(string compact, string? issuer) =>
        issuer is not null && compact.Length > issuer.Length && compact.Length <= issuer.Length + 6
        && compact.StartsWith(issuer, StringComparison.Ordinal) && compact.All(char.IsLetter);

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
    [GeneratedRegex("^关于.{0,200}(任免|任职|免职|任命|聘任|解聘|聘免)(职务)?.{0,12}?(的通知|的决定|的议案)$")]
    private static partial Regex PersonnelTitle();

    [GeneratedRegex("任免|任职|免职|任命|聘任|解聘")]
    private static partial Regex PersonnelWord();

    /// <summary>Personnel titles beyond the conventional ones: decisions and proposals about appointments, removals,
    /// resignations and elections (关于接受张三辞去…职务的请求的决定, 关于提请任命…的议案, 关于推选…代理主任的决定).</summary>
    [GeneratedRegex("^关于.{0,200}(任免|任职|免职|任命|免去|聘任|解聘|聘免|辞去|辞职|罢免|推选|决定代理|代理[^的]{0,6}的决定).{0,40}(的通知|的决定|的议案)$")]
    private static partial Regex AnyPersonnelTitle();

    [GeneratedRegex("(的通知|的决定|的议案)$")]
    private static partial Regex TitleEnd();

    /// <summary>中华人民共和国主席令, also with its number on the same line.</summary>
    [GeneratedRegex(@"^中华人民共和国主席令(?:\(?第(?<n>[零〇一二三四五六七八九十百千0-9]{1,8})号\)?)?$")]
    private static partial Regex PresidentialOrder();

    /// <summary>The number line of an order: 第十二号, （第十二号）, 第12号.</summary>
    [GeneratedRegex(@"^\(?第(?<n>[零〇一二三四五六七八九十百千0-9]{1,8})号\)?$")]
    private static partial Regex OrderNumber();

    [GeneratedRegex("^(?<n>.{2,30}号)" + GazetteDates.DatePattern + "$")]
    private static partial Regex NumberThenDate();

    /// <summary>…常务委员会任免名单 (a people's congress standing committee's list).</summary>
    [GeneratedRegex("^.{2,60}(常务委员会|常委会)任免名单$")]
    private static partial Regex AppointmentListHeading();

    /// <summary>（此件公开发布）, （此件依申请公开）… after NFKC.</summary>
    [GeneratedRegex(@"^\(此件[^()]{1,20}\)$")]
    private static partial Regex ReleaseNote();
}
