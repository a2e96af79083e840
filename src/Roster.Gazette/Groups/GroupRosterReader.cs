using System.Globalization;
using System.Text.RegularExpressions;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Domain.Time;
using Roster.Gazette.Text;

namespace Roster.Gazette.Groups;

/// <summary>
/// Reads the rosters of leading groups, committees, command headquarters and other working bodies, from any issuer
/// (docs/group-rosters.md): stand-alone notices (关于成立/调整…的通知), rosters inside implementation and emergency plans,
/// and notices listing several bodies each under its own heading. A roster starts where a group is announced: a line
/// naming the group before an introducer (以下简称, 组成人员如下, 成员名单如下…; the group may be named only in the title, as
/// in "现将调整后的名单通知如下"), or a heading that is only a group's name followed by role lines. Seats are read from role
/// lines in every printed form (<c>组 长：NAME TITLE</c>, <c>NAME（TITLE）</c>, a role alone with its members on the
/// lines after it, ex-officio lists, member units), the office paragraph (also when printed sections later) and the
/// succession sentence (recorded, not a seat). A roster whose line breaks were lost is split only where the seat grammar
/// is certain (<see cref="RunOnLine"/>). The roster takes the document number, issuer and date of the notice it is
/// printed in. What cannot be read becomes a <see cref="GazetteDiagnostic"/>; a roster whose seats may be incomplete is
/// marked blocking and never imported. A group formed case by case (视情成立…现场指挥部) is reported, not read.
/// Every word list comes from <see cref="GroupWording"/>. Reading never throws on any text.
/// </summary>
public sealed partial class GroupRosterReader
{
    /// <summary>Most non-blank lines between an announcement and its first role line.</summary>
    private const int MaxLinesBeforeSeats = 12;
    /// <summary>Most non-blank lines after a roster searched for its office paragraph (printed in a later section of a plan).</summary>
    private const int MaxLinesToOffice = 8;
    /// <summary>Longest heading read as a group's name alone.</summary>
    private const int MaxHeadingLength = 40;

    private readonly ReferenceTables _tables;
    private readonly GroupWording _words;
    private readonly SeatText _seats;
    private readonly OfficeParagraph _office;

    /// <summary>A reader over the reference tables (roles and wording: <c>seed/group-roles.yaml</c>).</summary>
    public GroupRosterReader(ReferenceTables tables)
    {
        _tables = tables;
        _words = tables.Groups.Wording;
        _seats = new SeatText(tables);
        _office = new OfficeParagraph(_seats, _words);
    }

    /// <summary>Every roster announced in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">A gazette issue's text, or one notice.</param>
    /// <param name="sourceName">The file name, recorded as the roster's source.</param>
    public IReadOnlyList<RosterReading> Read(string text, string sourceName)
    {
        var readings = new List<RosterReading>();
        try
        {
            var (lines, runOns) = Expand(GazetteLines.Split(text));
            var contingentParts = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Count; i++)
            {
                if (Announcement(lines, i) is not { } announced) continue;
                if (runOns.Contains(lines[i].Number))
                {
                    readings.Add(new RosterReading(null, [new GazetteDiagnostic(lines[i].Number, lines[i].Compact, GroupRosterMessages.RunOnNotSplit)], Blocking: true));
                    continue;
                }
                if (IsContingent(lines, i, announced.Name) || contingentParts.Contains(announced.Name))
                {
                    PartsOf(lines, i, contingentParts);
                    var skipped = ReadRoster(lines, i, announced, sourceName, out var end, lookAhead: false);
                    readings.Add(new RosterReading(null, [new GazetteDiagnostic(lines[i].Number, lines[i].Compact, GroupRosterMessages.Contingent)], Blocking: true));
                    if (skipped is not null) i = Math.Max(i, end);
                    continue;
                }
                var reading = ReadRoster(lines, i, announced, sourceName, out var last, lookAhead: true);
                if (reading is null) continue;
                readings.Add(reading);
                i = Math.Max(i, last);
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or RegexMatchTimeoutException)
        {
            // A reading that fails on some unforeseen text reports the failure rather than throwing: the reader never throws.
            readings.Add(new RosterReading(null, [new GazetteDiagnostic(1, e.GetType().Name, GroupRosterMessages.ReadFailed)], Blocking: true));
        }
        return readings;
    }

    /// <summary>The lines with every run-on roster split (<see cref="RunOnLine"/>); the numbers of run-on lines that could not be.</summary>
    private (List<SourceLine> Lines, HashSet<int> RunOns) Expand(IReadOnlyList<SourceLine> source)
    {
        var lines = new List<SourceLine>(source.Count);
        var runOns = new HashSet<int>();
        foreach (var line in source)
        {
            if (ProseRoster.Split(line, _tables.Groups, _seats.Spaced) is { } prose)
            {
                lines.AddRange(prose);
                continue;
            }
            var split = RunOnLine.Split(line, _tables.Groups, out var uncertain);
            if (uncertain) runOns.Add(line.Number);
            if (split is null) lines.Add(line);
            else lines.AddRange(split);
        }
        return (lines, runOns);
    }

    /// <summary>A group announced at a line: its name as printed, and whether the wording promised a list (…如下).</summary>
    private readonly record struct Announced(string Name, bool Promised);

    private Announced? Announcement(IReadOnlyList<SourceLine> lines, int i)
    {
        var compact = lines[i].Compact;
        if (compact.Length == 0) return null;
        var present = _words.Introducers.Where(m => compact.Contains(m, StringComparison.Ordinal)).ToList();
        if (present.Count > 0)
        {
            // "…如下" promises the list on the lines after it; only a promise of members (成员名单如下, 组成如下) draws a
            // diagnostic when none follows.
            var follows = present.Any(m => m.EndsWith("如下", StringComparison.Ordinal));
            var promised = present.Any(m => m.EndsWith("如下", StringComparison.Ordinal) && _words.PromiseWords.Any(w => m.Contains(w, StringComparison.Ordinal)));
            if (GroupAnnounced(compact) is { } name) return new Announced(name, promised);
            // "现将调整后的名单通知如下": the group is named in the title or the sentence before.
            if (follows && TitleGroup(lines, i) is { } titled && NextIsSeat(lines, i)) return new Announced(titled, true);
            return null;
        }
        if (HeadingGroup(compact) is { } heading && NextIsSeat(lines, i)) return new Announced(heading, false);
        return null;
    }

    /// <summary>The group a line announces (the name as printed), or null.</summary>
    public string? GroupAnnounced(string compact)
    {
        var marker = _words.Introducers.Select(m => compact.IndexOf(m, StringComparison.Ordinal)).Where(k => k > 0).DefaultIfEmpty(-1).Min();
        return marker <= 0 ? null : GroupNameIn(compact[..marker]);
    }

    /// <summary>The group named last in <paramref name="text"/> ("…决定成立XX领导小组" → XX领导小组), or null.</summary>
    private string? GroupNameIn(string text)
    {
        var end = _words.GroupSuffixes.Select(s => (At: text.LastIndexOf(s, StringComparison.Ordinal), s.Length))
            .Where(x => x.At >= 0).Select(x => x.At + x.Length).DefaultIfEmpty(-1).Max();
        if (end <= 0) return null;
        var name = text[..end];
        var cut = name.LastIndexOfAny([',', '，', '。', ':', '：', ';', '；', '、', '(', '（', '“', '"', '《']);
        name = name[(cut + 1)..];
        var opener = _words.NameOpeners.Select(o => (o, At: name.LastIndexOf(o, StringComparison.Ordinal))).Where(x => x.At >= 0)
            .OrderByDescending(x => x.At + x.o.Length).FirstOrDefault();
        if (opener.o is not null) name = name[(opener.At + opener.o.Length)..];
        name = SectionNumber().Replace(name, "");
        // "调整后的领导小组" refers to a group named elsewhere (the title); a name holds no 的 and no digit.
        return name.Length > 4 && !name.Any(char.IsAsciiDigit) && !name.Contains('的') ? name : null;
    }

    /// <summary>"一、XX工作领导小组", "（二）XX委员会": a heading that is only a group's name.</summary>
    private string? HeadingGroup(string compact)
    {
        if (compact.Length > MaxHeadingLength) return null;
        var name = SectionNumber().Replace(compact, "");
        if (name.Length <= 4 || name.IndexOfAny([',', '，', '。', ':', ';', '、', '(', ')']) >= 0) return null;
        return _words.GroupSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) ? GroupNameIn(name) : null;
    }

    /// <summary>The group named in the notice's title or a sentence just before line <paramref name="i"/>.</summary>
    private string? TitleGroup(IReadOnlyList<SourceLine> lines, int i)
    {
        var before = "";
        for (int k = i, seen = 0; k >= 0 && seen <= MaxLinesBeforeSeats; k--)
        {
            if (lines[k].IsBlank) continue;
            seen++;
            var compact = k == i ? lines[k].Compact[..Math.Max(0, lines[k].Compact.IndexOf("如下", StringComparison.Ordinal))] : lines[k].Compact;
            before = compact + before;
            // A title broken across lines ("关于调整…安全" / "领导小组成员的通知") reads joined.
            if (GroupNameIn(compact) is { } own) return own;
            if (seen > 1 && GroupNameIn(before) is { } joined && before.Contains("关于", StringComparison.Ordinal)) return joined;
        }
        return null;
    }

    private bool NextIsSeat(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].IsBlank) continue;
            return RoleOf(lines[j]) is not null;
        }
        return false;
    }

    /// <summary>The working groups a case-by-case group is set up with ("现场指挥部下设综合协调组、…、善后工作组等8个工作组"): they
    /// are as contingent as it is.</summary>
    private void PartsOf(IReadOnlyList<SourceLine> lines, int i, HashSet<string> parts)
    {
        for (int j = i, seen = 0; j < lines.Count && seen < MaxLinesBeforeSeats; j++)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            var marker = _words.SubBodyMarkers.FirstOrDefault(m => lines[j].Compact.Contains(m, StringComparison.Ordinal));
            if (marker is null) continue;
            var k = lines[j].Compact.IndexOf(marker, StringComparison.Ordinal);
            var list = lines[j].Compact[(k + marker.Length)..].Split([',', '。', ';', '等'])[0];
            foreach (var part in list.Split('、', StringSplitOptions.RemoveEmptyEntries)) parts.Add(part);
        }
    }

    private bool IsContingent(IReadOnlyList<SourceLine> lines, int i, string name)
    {
        if (_words.ContingentGroups.Any(g => name.EndsWith(g, StringComparison.Ordinal))) return true;
        return _words.ContingentPhrases.Any(c => lines[i].Compact.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>A line that starts with a role label: the role (compact) and the printed text after the label.</summary>
    internal readonly record struct RoleLabel(string Role, string Rest, bool Units);

    /// <summary>The role label a line starts with ("组 长：", "主 任 委 员", "成员单位："), followed by a colon, white space or
    /// nothing; null when the line starts otherwise.</summary>
    internal RoleLabel? RoleOf(SourceLine line)
    {
        var printed = GazetteLines.FoldWidth(line.Printed);
        var start = 0;
        while (start < printed.Length && char.IsWhiteSpace(printed[start])) start++;
        foreach (var (label, units) in _words.MemberUnitLabels.Select(u => (u, true)).Concat(_tables.Groups.RolesLongestFirst.Select(r => (r, false))))
        {
            var k = start;
            var i = 0;
            while (k < printed.Length && i < label.Length)
            {
                if (char.IsWhiteSpace(printed[k]) && i > 0) { k++; continue; }
                if (printed[k] != label[i]) break;
                k++;
                i++;
            }
            if (i < label.Length) continue;
            if (k == printed.Length) return new RoleLabel(label, "", units);
            if (printed[k] == ':') return new RoleLabel(label, printed[(k + 1)..], units);
            if (char.IsWhiteSpace(printed[k]) && (label.Length > 1 || units)) return new RoleLabel(label, printed[k..].TrimStart(), units);
        }
        return null;
    }

    /// <summary>Longest text before a colon read as a role label the roles do not know (执行总指挥, 执行组长).</summary>
    private const int MaxUnknownRoleLength = 8;

    /// <summary>The label of a line printed as a seat line ("LABEL：…", a few CJK characters ending as a known role ends:
    /// 长, 员, 任, 挥, 问…, from <c>seed/group-roles.yaml</c>) whose label is no known role; null otherwise. A heading
    /// such as "指挥部的职责：" ends otherwise and still ends the roster.</summary>
    private string? UnknownRoleLabel(SourceLine line)
    {
        var compact = line.Compact;
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || colon > MaxUnknownRoleLength) return null;
        var label = compact[..colon];
        if (!label.All(IsHan) || label.Contains('的') || !_tables.Groups.Roles.Any(r => label[^1] == r[^1]) || RoleOf(line) is not null) return null;
        return label;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private RosterReading? ReadRoster(IReadOnlyList<SourceLine> lines, int start, Announced announced, string sourceName, out int last, bool lookAhead)
    {
        var roster = new RosterBuilder(_tables, _seats, _office);
        var announce = lines[start];
        last = start;
        var seenRoles = false;
        var skipped = 0;
        var listOpen = false;
        var officeSeen = false;
        var ended = false;
        for (var j = start + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsBlank) continue;
            if (Announcement(lines, j) is not null) { ended = true; break; }
            var role = RoleOf(line);
            if (!seenRoles)
            {
                if (role is null)
                {
                    if (++skipped > MaxLinesBeforeSeats) { ended = true; break; }
                    continue;
                }
                seenRoles = true;
            }
            if (role is { } r)
            {
                listOpen = roster.RoleLine(line, r);
                last = j;
                continue;
            }
            if (roster.NamedMode && roster.TableLine(line))
            {
                last = j;
                continue;
            }
            if (IsSignature(lines, j)) { ended = true; break; }
            if (IsSuccession(line.Compact))
            {
                roster.Succession(line);
                officeSeen |= _office.Is(line.Compact);
                listOpen = false;
                last = j;
                continue;
            }
            if (_office.Is(line.Compact))
            {
                roster.Office(line);
                officeSeen = true;
                listOpen = false;
                last = j;
                continue;
            }
            if (listOpen && !officeSeen && roster.Continuation(line))
            {
                last = j;
                continue;
            }
            // A line labelled like a seat with a role the table does not know (执行总指挥：…) is inside the roster: ending
            // here would drop it and the seats below it unseen, so it is reported, the roster held, and reading goes on.
            if (UnknownRoleLabel(line) is not null)
            {
                roster.Block(line.Number, line.Compact, GroupRosterMessages.RoleNotRead);
                listOpen = false;
                last = j;
                continue;
            }
            ended = true;
            break;
        }
        if (!seenRoles)
        {
            if (!announced.Promised) return null;
            return new RosterReading(null, [new GazetteDiagnostic(announce.Number, announce.Compact, GroupRosterMessages.NoSeats)], Blocking: true);
        }
        roster.EndList(lines[last], cutOff: !ended && !LineJoiner.EndsLine(lines[last].Compact));
        if (lookAhead && !officeSeen) LookForOffice(lines, last, roster);
        return roster.Build(lines, start, last, announced.Name, sourceName);
    }

    /// <summary>The office paragraph printed in a later section of a plan (2.2 指挥部办公室): read when it comes before the
    /// next roster and within a few lines.</summary>
    private void LookForOffice(IReadOnlyList<SourceLine> lines, int last, RosterBuilder roster)
    {
        for (int j = last + 1, seen = 0; j < lines.Count && seen < MaxLinesToOffice; j++)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            if (Announcement(lines, j) is not null || RoleOf(lines[j]) is not null) return;
            if (_office.Is(lines[j].Compact) && _office.At(lines[j].Compact) is not null)
            {
                roster.Office(lines[j]);
                return;
            }
        }
    }

    /// <summary>The issuer's name signing the notice: an office's name followed by the date (or with it on the line).</summary>
    private bool IsSignature(IReadOnlyList<SourceLine> lines, int j)
    {
        if (IssuerOf(lines[j]) is null) return false;
        if (AnyDate().IsMatch(lines[j].Compact)) return true;
        for (var k = j + 1; k < lines.Count; k++)
        {
            if (lines[k].IsBlank) continue;
            return WholeLineDate().IsMatch(lines[k].Compact);
        }
        return true;
    }

    private bool IsSuccession(string compact) => _words.SuccessionPhrases.Any(p => compact.Contains(p, StringComparison.Ordinal));

    /// <summary>Most lines searched back from a roster for its notice's number line (a plan may run long before its roster);
    /// bounded so that reading stays linear in the size of a gazette.</summary>
    private const int MaxLinesToNumber = 1000;
    /// <summary>Most lines searched back for a number printed inside a line (a notice whose line breaks were lost).</summary>
    private const int MaxLinesToInlineNumber = 40;

    internal static (DocumentNumber Number, int Index)? DocumentBefore(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var k = Math.Min(index, lines.Count - 1); k >= Math.Max(0, index - MaxLinesToNumber); k--)
        {
            if (DocumentLine(lines[k].Compact) is { } number) return (number, k);
        }
        // A notice printed on one line: its number inside the line, set apart by white space.
        for (var k = Math.Min(index, lines.Count - 1); k >= Math.Max(0, index - MaxLinesToInlineNumber); k--)
        {
            foreach (Match m in InlineNumber().Matches(GazetteLines.FoldWidth(lines[k].Printed)))
            {
                if (DocumentNumber.TryParse(m.Groups["number"].Value, out var number)) return (number, k);
            }
        }
        return null;
    }

    /// <summary>Index of the first document-number line after <paramref name="index"/>, or the end of the search.</summary>
    internal static int NextDocument(IReadOnlyList<SourceLine> lines, int index)
    {
        var end = Math.Min(lines.Count, index + MaxLinesToNumber);
        for (var k = index + 1; k < end; k++)
        {
            if (DocumentLine(lines[k].Compact) is not null) return k;
        }
        return end;
    }

    private static DocumentNumber? DocumentLine(string compact) =>
        compact.Length is > 0 and <= 24 && compact.EndsWith('号') && DocumentNumber.TryParse(compact, out var number) ? number : null;

    internal static (CalendarDate Date, int Line, int Index)? DateAfter(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = Math.Max(0, from); k < Math.Min(to, lines.Count); k++)
            {
                var m = (pass == 0 ? WholeLineDate() : AnyDate()).Match(lines[k].Compact);
                if (m.Success && Int(m.Groups[1].Value) is var y and > 0)
                {
                    return (new CalendarDate(y, Int(m.Groups[2].Value), Int(m.Groups[3].Value)), lines[k].Number, k);
                }
            }
        }
        return null;
    }

    /// <summary>The issuer printed on a line at or before <paramref name="index"/> (a line that is an office's name, or a title
    /// "X关于…"), or null.</summary>
    internal string? IssuerBefore(IReadOnlyList<SourceLine> lines, int index, int span = 8)
    {
        for (var k = Math.Min(index, lines.Count - 1); k >= Math.Max(0, index - span); k--)
        {
            if (IssuerOf(lines[k]) is { } issuer) return issuer;
        }
        return null;
    }

    /// <summary>The issuer a line names; of offices issuing jointly ("中共X市委办公室　X市人民政府办公室", set apart by wide
    /// spaces) the last, the government's.</summary>
    internal string? IssuerOf(SourceLine line)
    {
        var parts = JointIssuers().Split(line.Printed.Trim()).Select(TextForm.Compact).Where(p => p.Length > 0).ToList();
        if (parts.Count > 1 && parts.All(p => IssuerOf(p) is not null)) return IssuerOf(parts[^1]);
        return IssuerOf(line.Compact);
    }

    /// <summary>The issuer a line names: the whole line ("阳泉市人民政府办公室", "国务院办公厅 2022年3月1日" before the date), or
    /// the text before 关于 in a title; null otherwise.</summary>
    internal string? IssuerOf(string compact)
    {
        var text = compact;
        var about = text.IndexOf("关于", StringComparison.Ordinal);
        if (about > 0) text = text[..about];
        else if (AnyDate().Match(text) is { Success: true, Index: > 0 } date && date.Index + date.Length == text.Length) text = text[..date.Index];
        if (text.Length is < 2 or > 30 || text.IndexOfAny([',', '，', '。', ':', ';', '、', '(', ')', '《']) >= 0 || text.Any(char.IsAsciiDigit)) return null;
        return _words.IssuerSuffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal)) ? text : null;
    }

    private static int Int(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    [GeneratedRegex(@"^(?:[0-9]+(?:\.[0-9]+)*\.?|[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\)|[0-9]+、)")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$")]
    private static partial Regex WholeLineDate();

    [GeneratedRegex(@"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"(?:^|\s)(?<number>\p{IsCJKUnifiedIdeographs}{1,12}[〔\[(【][0-9]{4}[〕\])】][0-9]{1,5}号)(?=\s|$)")]
    private static partial Regex InlineNumber();

    [GeneratedRegex(@"\s{2,}|\u3000+")]
    private static partial Regex JointIssuers();
}
