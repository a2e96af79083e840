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
/// Reads the rosters of leading groups and command headquarters printed in a gazette (issue 4): stand-alone
/// notices (关于调整…领导小组成员的通知) and rosters inside implementation and emergency plans. A roster starts at
/// the line that announces the group ("成立…领导小组,成员名单如下", "…指挥部（以下简称市指挥部）", "名单通知如下") and
/// is read from its role lines: named members as "name title" cells (tab-separated, also two table columns
/// flattened onto one line, whose split titles are rejoined when exactly one member's title is completed by the
/// fragment), ex-officio lists ("副指挥长：市政府协管副秘书长、市能源局局长。"), member units (成员单位：…) and the office
/// paragraph (办公室设在…，办公室主任由…兼任). The roster takes the document number and date of the notice it
/// is printed in. What cannot be read becomes a <see cref="GazetteDiagnostic"/>; a roster whose seats may be
/// incomplete is marked blocking and never imported. Reading never throws on any text.
/// </summary>
public sealed partial class GroupRosterReader(ReferenceTables tables)
{
    /// <summary>Role label of a member-unit list (成员单位：…); not a seat role of its own (the seats are 成员).</summary>
    public const string MemberUnitsLabel = "成员单位";

    private static readonly string[] Markers = ["以下简称", "成员名单如下", "组成如下", "名单通知如下"];
    private static readonly string[] GroupSuffixes = ["领导小组", "指挥部"];
    // "各级政府视情成立…现场指挥部": set up only when an incident happens; a plan, not a standing roster.
    private static readonly string[] Contingent = ["视情成立", "视情况成立"];

    /// <summary>Every roster announced in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">A gazette issue's text.</param>
    /// <param name="sourceName">The gazette file name, recorded as the roster's source.</param>
    public IReadOnlyList<RosterReading> Read(string text, string sourceName)
    {
        var lines = GazetteLines.Split(text);
        var readings = new List<RosterReading>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (GroupAnnounced(lines[i].Compact) is not { } printedGroup) continue;
            if (Contingent.Any(c => lines[i].Compact.Contains(c, StringComparison.Ordinal)))
            {
                readings.Add(new RosterReading(null, [new GazetteDiagnostic(lines[i].Number, lines[i].Compact, GroupRosterMessages.Contingent)], Blocking: true));
                continue;
            }
            readings.Add(ReadRoster(lines, i, printedGroup, sourceName, out var last));
            i = Math.Max(i, last);
        }
        return readings;
    }

    /// <summary>The group a line announces (the name as printed), or null.</summary>
    public static string? GroupAnnounced(string compact)
    {
        var marker = Markers.Select(m => compact.IndexOf(m, StringComparison.Ordinal)).Where(k => k > 0).DefaultIfEmpty(-1).Min();
        if (marker <= 0) return null;
        var head = compact[..marker];
        var end = GroupSuffixes.Select(s => (At: head.LastIndexOf(s, StringComparison.Ordinal), s.Length))
            .Where(x => x.At >= 0).Select(x => x.At + x.Length).DefaultIfEmpty(-1).Max();
        if (end <= 0) return null;
        var name = head[..end];
        var cut = name.LastIndexOfAny([',', '，', '。', ':', '：', ';', '；', '、', '(', '（']);
        name = name[(cut + 1)..];
        foreach (var keyword in new[] { "决定成立", "成立", "决定对" })
        {
            var k = name.IndexOf(keyword, StringComparison.Ordinal);
            if (k >= 0)
            {
                name = name[(k + keyword.Length)..];
                break;
            }
        }
        name = SectionNumber().Replace(name, "");
        return name.Length > 4 ? name : null;
    }

    private RosterReading ReadRoster(IReadOnlyList<SourceLine> lines, int start, string printedGroup, string sourceName, out int last)
    {
        var roster = new RosterBuilder(tables);
        var announce = lines[start];
        last = start;
        var seenRoles = false;
        var skipped = 0;
        var exOfficioOpen = false;
        for (var j = start + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsBlank) continue;
            var role = RoleOf(line.Compact);
            if (!seenRoles)
            {
                if (role is null)
                {
                    if (++skipped > 12 || GroupAnnounced(line.Compact) is not null) break;
                    continue;
                }
                seenRoles = true;
            }
            if (role is not null)
            {
                exOfficioOpen = roster.RoleLine(line, role.Value.Role, role.Value.Value);
                last = j;
                continue;
            }
            // A flattened table may carry the office paragraph in its right column: read the row first.
            if (roster.NamedMode && roster.NamedLine(line))
            {
                last = j;
                continue;
            }
            if (IsOfficeParagraph(line.Compact))
            {
                roster.Office(line.Number, line.Compact);
                last = j;
                break;
            }
            if (exOfficioOpen)
            {
                roster.Block(line.Number, line.Compact, GroupRosterMessages.ContinuationNotRead);
                last = j;
            }
            break;
        }
        if (!seenRoles)
        {
            return new RosterReading(null, [new GazetteDiagnostic(announce.Number, announce.Compact, GroupRosterMessages.NoSeats)], Blocking: true);
        }
        return roster.Build(lines, start, last, printedGroup, sourceName);
    }

    private (string Role, string Value)? RoleOf(string compact)
    {
        var colon = compact.IndexOfAny([':', '：']);
        if (colon <= 0) return null;
        var label = compact[..colon];
        if (label == MemberUnitsLabel || tables.Groups.IsRole(label)) return (label, compact[(colon + 1)..]);
        return null;
    }

    internal static bool IsOfficeParagraph(string compact) =>
        compact.Contains("办公室设在", StringComparison.Ordinal) || compact.Contains("下设办公室", StringComparison.Ordinal)
        || compact.Contains("办公室主任", StringComparison.Ordinal);

    internal static bool IsName(string compact) => PersonNamePattern().IsMatch(compact);

    internal static (DocumentNumber Number, int Index)? DocumentBefore(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var k = index; k >= 0; k--)
        {
            if (DocumentLine(lines[k].Compact) is { } number) return (number, k);
        }
        return null;
    }

    /// <summary>Index of the first document-number line after <paramref name="index"/>, or the line count.</summary>
    internal static int NextDocument(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var k = index + 1; k < lines.Count; k++)
        {
            if (DocumentLine(lines[k].Compact) is not null) return k;
        }
        return lines.Count;
    }

    private static DocumentNumber? DocumentLine(string compact) =>
        compact.Length is > 0 and <= 24 && compact.EndsWith('号') && DocumentNumber.TryParse(compact, out var number) ? number : null;

    internal static (CalendarDate Date, int Line)? DateAfter(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = from; k < Math.Min(to, lines.Count); k++)
            {
                var m = (pass == 0 ? WholeLineDate() : AnyDate()).Match(lines[k].Compact);
                if (m.Success)
                {
                    return (new CalendarDate(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value)), lines[k].Number);
                }
            }
        }
        return null;
    }

    internal static string? IssuerBefore(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var k = index; k >= Math.Max(0, index - 8); k--)
        {
            var m = Issuer().Match(lines[k].Compact);
            if (m.Success) return m.Groups["issuer"].Value;
        }
        return null;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9.]+")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex PersonNamePattern();

    [GeneratedRegex(@"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$")]
    private static partial Regex WholeLineDate();

    [GeneratedRegex(@"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^(?<issuer>\p{IsCJKUnifiedIdeographs}+?人民政府办公室|\p{IsCJKUnifiedIdeographs}+?人民政府)")]
    private static partial Regex Issuer();
}
