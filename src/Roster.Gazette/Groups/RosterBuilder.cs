using System.Text.RegularExpressions;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Gazette.Text;

namespace Roster.Gazette.Groups;

/// <summary>Collects one roster's seats line by line for <see cref="GroupRosterReader"/>.</summary>
internal sealed partial class RosterBuilder(ReferenceTables tables, SeatText seatText, OfficeParagraph office)
{
    private readonly List<SeatDraft> _left = [];
    private readonly List<SeatDraft> _right = [];
    private readonly List<SeatDraft> _office = [];
    private readonly List<(string Fragment, int Line)> _orphans = [];
    private readonly List<GazetteDiagnostic> _diagnostics = [];
    private bool _blocking;
    private string _role = tables.Groups.Wording.MemberRole;
    private bool _units;
    private string? _officeAt;
    private (int Line, string Text)? _succession;
    // The last entry of a list line that read as nothing and did not end the line with a separator: the start of a
    // post broken across lines ("市交通运" / "输局局长"), joined with the next line's first entry.
    private (string Text, SourceLine Line)? _pending;
    private SourceLine? _lastSeatLine;

    private bool AmongPeople => _left.Any(s => s.Person is not null);

    /// <summary>True once named members in table cells have been read: later unlabelled rows continue the table.</summary>
    public bool NamedMode { get; private set; }

    /// <summary>Reads a line that starts with a role label; returns true when the list stays open (no final 。) so the next
    /// lines may continue it.</summary>
    public bool RoleLine(SourceLine line, GroupRosterReader.RoleLabel label)
    {
        FlushPending();
        _units = label.Units;
        _role = label.Units ? tables.Groups.Wording.MemberRole : label.Role;
        var rest = label.Rest;
        var cells = rest.Split('\t');
        if (cells.Length > 1 || line.Printed.Contains('\t') && rest.Trim().Length > 0 && !rest.Contains('、'))
        {
            var all = line.Printed.Split('\t');
            if (all.Length > 1)
            {
                NamedMode = true;
                Cells(line.Number, [AfterLabel(all[0]), .. all[1..]]);
                _lastSeatLine = line;
                return false;
            }
        }
        var compactRest = TextForm.Compact(GazetteLines.FoldWidth(rest));
        if (compactRest.Length == 0) return true;
        if (label.Units)
        {
            // "成员单位：A、B、C等部门和单位组成。根据工作需要…": the list ends at the first comma or full stop; 等 ends it.
            var units = compactRest.Split([',', '。'], 2)[0];
            var list = SeatText.Split(units);
            if (list.Count > 0 && list[^1].IndexOf('等') is var cut and > 0) list[^1] = list[^1][..cut];
            foreach (var unit in list.Select(u => TextForm.Compact(u).Trim('。')).Where(u => u.Length > 0))
                _left.Add(new SeatDraft { Role = _role, MemberUnit = unit });
            _lastSeatLine = line;
            return !LineJoiner.EndsLine(compactRest) && !compactRest.Contains('。');
        }
        if (tables.Groups.Wording.UnitDeputies.Any(d => compactRest.TrimEnd('。').EndsWith(d, StringComparison.Ordinal)) && compactRest.Contains('等'))
        {
            _diagnostics.Add(new GazetteDiagnostic(line.Number, line.Compact, GroupRosterMessages.MembersAsUnitDeputies));
            return false;
        }
        List(line, DistributeUnitPhrase(rest) ?? rest);
        return !compactRest.EndsWith('。');
    }

    /// <summary>"市公安局、市应急管理局、市气象局分管负责人": the phrase after the last unit (分管负责人, 主要负责人, 负责同志:
    /// ending with a word of <c>unit_deputies</c>) applies to every unit of the list, so each is read alike
    /// (市公安局分管负责人、…); null when the list is not of that shape (docs/group-rosters.md).</summary>
    private string? DistributeUnitPhrase(string printed)
    {
        var pieces = SeatText.Split(printed).Select(p => TextForm.Compact(p)).ToList();
        if (pieces.Count < 2) return null;
        var last = pieces[^1].TrimEnd('。');
        if (!tables.Groups.Wording.UnitDeputies.Any(d => last.EndsWith(d, StringComparison.Ordinal))) return null;
        // The unit is the longest head of the last entry that names an organisation; the rest is the phrase.
        var unitLength = Enumerable.Range(TitleEvidence.MinOrganizationLength, Math.Max(0, last.Length - TitleEvidence.MinOrganizationLength))
            .LastOrDefault(n => tables.Kinds.KindOf(last[..n]) is not null && seatText.Read(last[..n]).Kind == EntryKind.Unit);
        if (unitLength == 0) return null;
        var phrase = last[unitLength..];
        if (pieces.SkipLast(1).Any(p => seatText.Read(p).Kind != EntryKind.Unit)) return null;
        return string.Join("、", pieces.SkipLast(1).Select(p => p + phrase).Append(last));
    }

    /// <summary>Reads an unlabelled line that continues the open list ("市委宣传部副部长" one post a line, "王五 副市长",
    /// "输局局长、市公安局副局长…" finishing a post broken across lines); false when the line does not read as seats.</summary>
    public bool Continuation(SourceLine line)
    {
        var compact = line.Compact;
        if (compact.Contains(':') || compact.Length > 4 * SeatText.MaxEntryLength) return false;
        var pieces = SeatText.Split(line.Printed);
        if (pieces.Count == 0) return false;
        // A comma is prose's, except in "魏振国，市委统战部常务副部长": a name, then its title.
        if (compact.Contains(',') && seatText.Read(pieces[0], AmongPeople) is not { Kind: EntryKind.Person, Title: null }) return false;
        if (_pending is { } pending)
        {
            var joined = seatText.Read(pending.Text + TextForm.Compact(pieces[0]), AmongPeople);
            if (joined.Kind is EntryKind.NotASeat) return false;
            _pending = null;
            Add(pending.Line, joined);
            pieces.RemoveAt(0);
            if (pieces.Count == 0) return true;
        }
        var entries = pieces.Select(p => seatText.Read(p, AmongPeople)).ToList();
        var open = !LineJoiner.EndsLine(compact) && compact[^1] != '、';
        for (var i = 0; i < entries.Count; i++)
        {
            // Only a list's last entry may be the start of a post finished on the next line.
            if (entries[i].Kind == EntryKind.NotASeat && !(i == entries.Count - 1 && open && entries.Count > 1)) return false;
        }
        var joinedList = string.Join("、", pieces);
        List(line, DistributeUnitPhrase(joinedList) ?? joinedList);
        return true;
    }

    /// <summary>Reads an unlabelled row of a flattened table of named members; false when the line is not one.</summary>
    public bool TableLine(SourceLine line)
    {
        if (line.Printed.Contains('\t'))
        {
            var cells = line.Printed.Split('\t').Select(TextForm.Compact).SkipWhile(c => c.Length == 0).ToList();
            if (cells.Count == 0 || !IsName(cells[0])) return false;
            Cells(line.Number, line.Printed.Split('\t'));
            _lastSeatLine = line;
            return true;
        }
        var entry = seatText.Read(line.Printed, AmongPeople);
        if (entry.Kind != EntryKind.Person || entry.Title is null) return false;
        Add(line, entry);
        return true;
    }

    /// <summary>Reads the office paragraph: where the office sits, its director and deputies.</summary>
    public void Office(SourceLine line)
    {
        FlushPending();
        _officeAt ??= office.At(line.Compact);
        var seats = office.Seats(line.Compact);
        _office.AddRange(seats.Where(s => !_office.Contains(s)));
        if (seats.Count == 0 && office.At(line.Compact) is null)
            _diagnostics.Add(new GazetteDiagnostic(line.Number, line.Compact, GroupRosterMessages.Leftover));
    }

    /// <summary>Records the succession sentence (成员如有变动…自然替补): never a seat.</summary>
    public void Succession(SourceLine line)
    {
        FlushPending();
        _succession ??= (line.Number, line.Compact);
        if (office.Is(line.Compact)) Office(line);
    }

    /// <summary>The roster's seat lines have ended at <paramref name="last"/>; <paramref name="cutOff"/> when the text itself
    /// ended there inside an open list (the last seat may be partial).</summary>
    public void EndList(SourceLine last, bool cutOff)
    {
        if (_pending is { } pending)
        {
            _pending = null;
            if (cutOff) Block(pending.Line.Number, pending.Text, pending.Text.Length == 1 ? GroupRosterMessages.LoneSurname : GroupRosterMessages.CutOff);
            else Block(pending.Line.Number, pending.Text, GroupRosterMessages.ContinuationNotRead);
            return;
        }
        if (cutOff && _lastSeatLine is { } seatLine && _office.Count == 0 && _succession is null)
            Block(seatLine.Number, seatLine.Compact, GroupRosterMessages.CutOff);
        _ = last;
    }

    /// <summary>Marks the roster as not importable.</summary>
    public void Block(int lineNumber, string compact, string message)
    {
        _diagnostics.Add(new GazetteDiagnostic(lineNumber, compact, message));
        _blocking = true;
    }

    /// <summary>The roster read, with the document number, issuer and date of the notice it is printed in. A roster with no
    /// number or no date keeps its seats and is blocked.</summary>
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
        var reader = new GroupRosterReader(tables);
        var document = GroupRosterReader.DocumentBefore(lines, start);
        var next = GroupRosterReader.NextDocument(lines, start);
        var date = GroupRosterReader.DateAfter(lines, document?.Index ?? start, next);
        var issuer = document is { } d ? reader.IssuerBefore(lines, d.Index) : null;
        issuer ??= reader.IssuerBefore(lines, start, span: 12);
        if (issuer is null && date is { } signed && signed.Index > 0) issuer = reader.IssuerOf(lines[signed.Index]) ?? reader.IssuerBefore(lines, signed.Index - 1, span: 1);
        if (document is null) Block(announce.Number, announce.Compact, GroupRosterMessages.NoDocumentNumber);
        if (date is null) Block(announce.Number, announce.Compact, GroupRosterMessages.NoDate);
        var group = printedGroup;
        if (tables.Names.JurisdictionOf(issuer) is { } jurisdiction && !group.StartsWith('市') && !group.StartsWith(jurisdiction.Name, StringComparison.Ordinal))
        {
            group = jurisdiction.Name + group;
        }
        var draft = new RosterDraft
        {
            Group = group,
            SourceDocument = document?.Number.ToString(),
            Issuer = issuer,
            EffectiveOn = date?.Date,
            OfficeAt = _officeAt,
            Seats = seats,
            Source = new OrderSource(sourceName, announce.Number, lines[last].Number, null),
        };
        return new RosterReading(draft, _diagnostics.OrderBy(x => x.Line).ToList(), _blocking) { Succession = _succession };
    }

    private void List(SourceLine line, string printed)
    {
        var entries = seatText.ReadList(printed, AmongPeople);
        var open = !LineJoiner.EndsLine(line.Compact) && line.Compact[^1] != '、';
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (i == entries.Count - 1 && open && entry.Kind is EntryKind.NotASeat or EntryKind.LoneSurname)
            {
                _pending = (entry.Text ?? "", line);
                continue;
            }
            Add(line, entry);
        }
    }

    private void Add(SourceLine line, SeatEntry entry)
    {
        switch (entry.Kind)
        {
            case EntryKind.Person:
                _left.Add(new SeatDraft { Role = _role, Person = entry.Person, TitleText = entry.Title, Concurrent = entry.Concurrent });
                break;
            case EntryKind.ExOfficio:
                _left.Add(new SeatDraft { Role = _role, ExOfficio = entry.Text });
                break;
            case EntryKind.Unit when _units || _role == tables.Groups.Wording.MemberRole:
                _left.Add(new SeatDraft { Role = _role, MemberUnit = entry.Text });
                break;
            case EntryKind.Unit:
                _left.Add(new SeatDraft { Role = _role, ExOfficio = entry.Text });
                break;
            case EntryKind.LoneSurname:
                Block(line.Number, entry.Text ?? "", GroupRosterMessages.LoneSurname);
                return;
            case EntryKind.Ambiguous:
                Block(line.Number, entry.Text ?? "", GroupRosterMessages.NameTitleAmbiguous);
                return;
            default:
                Block(line.Number, entry.Text ?? line.Compact, GroupRosterMessages.ContinuationNotRead);
                return;
        }
        _lastSeatLine = line;
    }

    private void FlushPending()
    {
        if (_pending is not { } pending) return;
        _pending = null;
        Block(pending.Line.Number, pending.Text, GroupRosterMessages.ContinuationNotRead);
    }

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
            else if (IsName(name) && title.Length > 0)
            {
                (pair == 0 ? _left : _right).Add(new SeatDraft { Role = _role, Person = name, TitleText = title });
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
        if (office.Is(compact)) Office(new SourceLine(lineNumber, compact, compact));
        else if (Signature().IsMatch(compact) || compact is "(此件公开发布)") return;
        else _diagnostics.Add(new GazetteDiagnostic(lineNumber, compact, GroupRosterMessages.Leftover));
    }

    private static bool IsName(string compact) => PersonNamePattern().IsMatch(compact);

    private static string AfterLabel(string printed)
    {
        var colon = printed.IndexOfAny([':', '：']);
        return colon < 0 ? "" : printed[(colon + 1)..];
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex PersonNamePattern();

    [GeneratedRegex(@"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$")]
    private static partial Regex Signature();
}
