using System.Text.RegularExpressions;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Gazette.Text;

namespace Roster.Gazette.Groups;

/// <summary>Collects one roster's seats line by line for <see cref="GroupRosterReader"/>.</summary>
internal sealed partial class RosterBuilder(ReferenceTables tables)
{
    private const string OfficeDirector = "办公室主任";
    private const string OfficeDeputy = "办公室副主任";
    private const string Member = "成员";
    private static readonly string[] TitleEndings = ["长", "主任", "经理", "员", "助理", "书记", "委员", "师"];

    private readonly List<SeatDraft> _left = [];
    private readonly List<SeatDraft> _right = [];
    private readonly List<SeatDraft> _office = [];
    private readonly List<(string Fragment, int Line)> _orphans = [];
    private readonly List<GazetteDiagnostic> _diagnostics = [];
    private bool _blocking;
    private string _role = Member;
    private string? _officeAt;

    /// <summary>True once named members ("name title") have been read: later unlabelled lines continue the list.</summary>
    public bool NamedMode { get; private set; }

    /// <summary>Reads a line that starts with a role label; returns true when it leaves an ex-officio list open (no final 。).</summary>
    public bool RoleLine(SourceLine line, string role, string rest)
    {
        _role = role == GroupRosterReader.MemberUnitsLabel ? Member : role;
        var cells = line.Printed.Split('\t');
        if (cells.Length > 1)
        {
            NamedMode = true;
            Cells(line.Number, [AfterColon(cells[0]), .. cells[1..]]);
            return false;
        }
        if (SpacedPair(AfterColon(line.Printed).Trim()) is { } pair)
        {
            NamedMode = true;
            _left.Add(Named(pair.Name, pair.Title));
            return false;
        }
        var value = rest.TrimEnd('。', '.');
        if (role == GroupRosterReader.MemberUnitsLabel)
        {
            var units = value.Split([',', '，', '。'], 2)[0].Split('、', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (units.Count > 0 && units[^1].IndexOf('等') is var cut and > 0) units[^1] = units[^1][..cut];
            _left.AddRange(units.Where(u => u.Length > 0).Select(u => new SeatDraft { Role = Member, MemberUnit = u }));
        }
        else if (value.EndsWith("负责人", StringComparison.Ordinal) && value.Contains('等'))
        {
            _diagnostics.Add(new GazetteDiagnostic(line.Number, line.Compact, GroupRosterMessages.MembersAsUnitDeputies));
        }
        else
        {
            _left.AddRange(value.Split('、', StringSplitOptions.RemoveEmptyEntries).Select(text => new SeatDraft { Role = _role, ExOfficio = text }));
        }
        return !rest.EndsWith('。');
    }

    /// <summary>Reads an unlabelled line of named members; false when the line is not one (the roster ends).</summary>
    public bool NamedLine(SourceLine line)
    {
        if (line.Printed.Contains('\t'))
        {
            var cells = line.Printed.Split('\t').Select(TextForm.Compact).SkipWhile(c => c.Length == 0).ToList();
            if (cells.Count == 0 || !GroupRosterReader.IsName(cells[0])) return false;
            Cells(line.Number, line.Printed.Split('\t'));
            return true;
        }
        if (SpacedPair(line.Printed.Trim()) is not { } pair) return false;
        _left.Add(Named(pair.Name, pair.Title));
        return true;
    }

    /// <summary>Reads the office paragraph: where the office sits, its director and deputies.</summary>
    public void Office(int lineNumber, string compact)
    {
        if (OfficeAt().Match(compact) is { Success: true } at) _officeAt ??= at.Groups["at"].Value;
        if (Director().Match(compact) is { Success: true } director) AddOffice(OfficeDirector, director);
        if (Deputies().Match(compact) is { Success: true } deputies) AddOffice(OfficeDeputy, deputies);
        if (!compact.Contains("办公室主任", StringComparison.Ordinal) && _officeAt is null)
            _diagnostics.Add(new GazetteDiagnostic(lineNumber, compact, GroupRosterMessages.Leftover));
    }

    /// <summary>Marks the roster as not importable.</summary>
    public void Block(int lineNumber, string compact, string message)
    {
        _diagnostics.Add(new GazetteDiagnostic(lineNumber, compact, message));
        _blocking = true;
    }

    /// <summary>The roster read, with the document number, issuer and date of the notice it is printed in.</summary>
    public RosterReading Build(IReadOnlyList<SourceLine> lines, int start, int last, string printedGroup, string sourceName)
    {
        var seats = _left.Concat(_right).ToList();
        foreach (var (fragment, line) in _orphans)
        {
            var completed = seats.Select((s, i) => (s, i)).Where(x => x.s.TitleText is { } t && !tables.Groups.IsRankTitle(t)
                && TitleEvidence.Resolve(t, null, tables) is null && TitleEvidence.Resolve(t + fragment, null, tables) is not null).ToList();
            if (completed.Count == 1) seats[completed[0].i] = completed[0].s with { TitleText = completed[0].s.TitleText + fragment };
            else Block(line, fragment, GroupRosterMessages.OrphanTitleFragment);
        }
        seats.AddRange(_office);

        var announce = lines[start];
        var document = GroupRosterReader.DocumentBefore(lines, start);
        if (document is null)
        {
            Block(announce.Number, announce.Compact, GroupRosterMessages.NoDocumentNumber);
            return new RosterReading(null, Sorted(), Blocking: true);
        }
        var next = GroupRosterReader.NextDocument(lines, start);
        var date = GroupRosterReader.DateAfter(lines, document.Value.Index, next);
        if (date is null)
        {
            Block(announce.Number, announce.Compact, GroupRosterMessages.NoDate);
            return new RosterReading(null, Sorted(), Blocking: true);
        }
        var issuer = GroupRosterReader.IssuerBefore(lines, document.Value.Index);
        var group = printedGroup;
        if (tables.Names.JurisdictionOf(issuer) is { } jurisdiction && !group.StartsWith('市') && !group.StartsWith(jurisdiction.Name, StringComparison.Ordinal))
        {
            group = jurisdiction.Name + group;
        }
        var draft = new RosterDraft
        {
            Group = group,
            SourceDocument = document.Value.Number.ToString(),
            Issuer = issuer,
            EffectiveOn = date.Value.Date,
            OfficeAt = _officeAt,
            Seats = seats,
            Source = new OrderSource(sourceName, announce.Number, lines[last].Number, null),
        };
        return new RosterReading(draft, Sorted(), _blocking);
    }

    private List<GazetteDiagnostic> Sorted() => _diagnostics.OrderBy(d => d.Line).ToList();

    private void Cells(int lineNumber, IReadOnlyList<string> printedCells)
    {
        var cells = printedCells.Select(TextForm.Compact).ToList();
        if (cells.Count > 0 && cells[0].Length == 0) cells.RemoveAt(0);
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        var pair = 0;
        for (var i = 0; i < cells.Count;)
        {
            var name = cells[i];
            var title = i + 1 < cells.Count ? cells[i + 1] : "";
            if (name.Length == 0)
            {
                if (title.Length > 0) _orphans.Add((title, lineNumber));
                i += 2;
                pair++;
            }
            else if (GroupRosterReader.IsName(name) && title.Length > 0)
            {
                (pair == 0 ? _left : _right).Add(Named(name, title));
                i += 2;
                pair++;
            }
            else
            {
                Prose(lineNumber, name);
                i += 1;
            }
        }
    }

    private void Prose(int lineNumber, string compact)
    {
        if (GroupRosterReader.IsOfficeParagraph(compact)) Office(lineNumber, compact);
        else if (Signature().IsMatch(compact) || compact is "(此件公开发布)") return;
        else _diagnostics.Add(new GazetteDiagnostic(lineNumber, compact, GroupRosterMessages.Leftover));
    }

    private SeatDraft Named(string name, string title) => new() { Role = _role, Person = name, TitleText = title };

    private void AddOffice(string role, Match match)
    {
        var concurrent = match.Groups["by"].Success && match.Groups["jz"].Success || match.Groups["jian"].Success;
        foreach (var who in match.Groups["who"].Value.Split('、', StringSplitOptions.RemoveEmptyEntries))
        {
            _office.Add(GroupRosterReader.IsName(who) && TitleEvidence.Resolve(who, null, tables) is null
                ? new SeatDraft { Role = role, Person = who, Concurrent = concurrent }
                : new SeatDraft { Role = role, ExOfficio = who });
        }
    }

    private static (string Name, string Title)? SpacedPair(string printed)
    {
        var m = SpacedNameTitle().Match(printed);
        if (!m.Success) return null;
        var name = TextForm.Compact(m.Groups["name"].Value);
        var title = TextForm.Compact(m.Groups["title"].Value);
        return GroupRosterReader.IsName(name) && TitleEndings.Any(e => title.EndsWith(e, StringComparison.Ordinal)) ? (name, title) : null;
    }

    private static string AfterColon(string printed)
    {
        var colon = printed.IndexOfAny([':', '：']);
        return colon < 0 ? printed : printed[(colon + 1)..];
    }

    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{2,3}|\p{IsCJKUnifiedIdeographs}[ \u3000]\p{IsCJKUnifiedIdeographs})[ \u3000]+(?<title>\S.*)$")]
    private static partial Regex SpacedNameTitle();

    [GeneratedRegex(@"办公室设在(?<at>[^,，。;；:(（]+)")]
    private static partial Regex OfficeAt();

    [GeneratedRegex(@"办公室主任(?<by>由)?(?<who>[^,，。;；:(（、]+?)(?<jz>兼任)?(?<jian>\(兼\))?(?=[,，。;；:(（]|$)")]
    private static partial Regex Director();

    [GeneratedRegex(@"副主任(?<by>由)?(?<who>[^,，。;；:(（]+?)(?<jz>兼任)?(?<jian>\(兼\))?(?=[,，。;；:(（]|$)")]
    private static partial Regex Deputies();

    [GeneratedRegex(@"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$")]
    private static partial Regex Signature();
}
