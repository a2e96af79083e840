using System.Text;
using System.Text.RegularExpressions;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Reference;
using Roster.Gazette.Text;

namespace Roster.Gazette.Groups;

/// <summary>What one entry of a seat list holds.</summary>
internal enum EntryKind
{
    /// <summary>A named person, with the title printed beside the name when there is one.</summary>
    Person,
    /// <summary>A post held ex officio (市公安局局长).</summary>
    ExOfficio,
    /// <summary>A member unit (市公安局).</summary>
    Unit,
    /// <summary>A surname alone: the text was cut; not a person.</summary>
    LoneSurname,
    /// <summary>A name and a title printed together that split in more than one way.</summary>
    Ambiguous,
    /// <summary>Text that is not a seat (prose, a date, a heading).</summary>
    NotASeat,
}

/// <summary>One entry of a seat list as read.</summary>
internal readonly record struct SeatEntry(EntryKind Kind, string? Person = null, string? Title = null, string? Text = null, bool Concurrent = false);

/// <summary>
/// Reads the entries of a seat list: <c>王五 副市长</c>, <c>王五（副市长）</c>, <c>王五副市长</c> (split only where the
/// title's start is certain), <c>王五同志</c>, a post (<c>市公安局局长</c>), a unit (<c>市公安局</c>). A person is read only
/// when the text starts with a surname of the table and is not itself a post or an organisation, so no person is ever
/// invented from a post or a fragment. The word lists are <see cref="GroupWording"/> (<c>seed/group-roles.yaml</c>).
/// </summary>
internal sealed partial class SeatText(ReferenceTables tables)
{
    /// <summary>Longest entry read as a seat: longer text is prose.</summary>
    public const int MaxEntryLength = 40;

    private GroupWording Words => tables.Groups.Wording;

    /// <summary>Splits a list into its entries at 、 ， ； (outside parentheses); an entry keeps its inner spaces.</summary>
    public static List<string> Split(string printed)
    {
        var entries = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in printed)
        {
            if (c is '(' or '（') depth++;
            else if (c is ')' or '）') depth = Math.Max(0, depth - 1);
            if (depth == 0 && c is '、' or '，' or ',' or '；' or ';')
            {
                entries.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        entries.Add(current.ToString());
        return entries.Select(e => e.Trim()).Where(e => TextForm.Compact(e).Trim('。', '.').Length > 0).ToList();
    }

    /// <summary>Reads the entries of one list (the text after a role label, or a continuation line).</summary>
    public List<SeatEntry> ReadList(string printed, bool amongPeople = false)
    {
        var result = new List<SeatEntry>();
        foreach (var piece in Split(printed))
        {
            var pairs = SpacedPairs(piece);
            if (pairs is not null)
            {
                result.AddRange(pairs);
                continue;
            }
            var entry = Read(piece, amongPeople || result.Any(e => e.Kind == EntryKind.Person));
            // "靳润喜 副市长、市公安局局长", "王五，市委副书记、市长": a post after a named person is (the rest of) that
            // person's title.
            if (entry.Kind == EntryKind.ExOfficio && result.Count > 0 && result[^1] is { Kind: EntryKind.Person } person)
            {
                result[^1] = person with { Title = person.Title is { } title ? title + "、" + entry.Text : entry.Text };
                continue;
            }
            result.Add(entry);
        }
        return result;
    }

    /// <summary>Reads one entry.</summary>
    /// <param name="printed">The entry as printed.</param>
    /// <param name="amongPeople">True when the roster already names people: a title glued to a name may then start with a
    /// place level (王五市公安局局长); without that context such text is read as a post (平定县人民政府县长 is no 平定).</param>
    public SeatEntry Read(string printed, bool amongPeople = false)
    {
        var compact = TextForm.Compact(GazetteLines.FoldWidth(printed)).Trim('。', '.', ':', '"', '“', '”');
        var concurrent = false;
        foreach (var mark in Words.ConcurrentMarks.Where(m => m.StartsWith('(')))
        {
            if (!compact.EndsWith(mark, StringComparison.Ordinal)) continue;
            compact = compact[..^mark.Length];
            concurrent = true;
            break;
        }
        if (compact.Length == 0 || compact.Length > MaxEntryLength || compact.Any(c => char.IsAsciiDigit(c) || c is ':' or '。')) return new(EntryKind.NotASeat, Text: compact);

        if (Bracketed().Match(compact) is { Success: true } b && Name(b.Groups["name"].Value, surnameKnown: false) is { } bracketName)
        {
            return IsTitle(b.Groups["title"].Value) ? new(EntryKind.Person, bracketName, b.Groups["title"].Value, Concurrent: concurrent)
                : new(EntryKind.Person, bracketName, Concurrent: concurrent);
        }
        if (SpacedPair(printed) is { } pair) return pair with { Concurrent = concurrent };
        if (SpacedTitleFirst(printed) is { } titleFirst) return titleFirst with { Concurrent = concurrent };
        if (Name(compact) is { } name) return new(EntryKind.Person, name, Concurrent: concurrent);
        if (compact.Length == 1 && Words.Surnames.Contains(compact[0])) return new(EntryKind.LoneSurname, Text: compact);
        if (TitleThenName(compact) is { } titled) return titled with { Concurrent = concurrent };
        var glued = Glued(compact, amongPeople);
        if (glued.Count == 1) return glued[0] with { Concurrent = concurrent };
        if (glued.Count > 1) return new(EntryKind.Ambiguous, Text: compact);
        if (IsTitle(compact)) return new(EntryKind.ExOfficio, Text: compact, Concurrent: concurrent);
        if (tables.Kinds.KindOf(compact) is not null && compact.Length >= 3) return new(EntryKind.Unit, Text: compact);
        return new(EntryKind.NotASeat, Text: compact);
    }

    /// <summary>The person's name in <paramref name="compact"/> (a name with 同志 after it reads as the name), or null
    /// when the text is not a name: 2-3 characters after a single surname of the table, 3-4 after a compound one, not
    /// ending as a title or an organisation does.</summary>
    public string? Name(string compact) => Name(compact, surnameKnown: true);

    /// <summary><see cref="Name(string)"/>; with <paramref name="surnameKnown"/> false, a 2-3 character name whose surname
    /// is not in the table is taken too: for a name with its title in brackets after it (佴五（副市长）), where the layout,
    /// not the surname, says where the name is.</summary>
    private string? Name(string compact, bool surnameKnown)
    {
        foreach (var suffix in Words.NameSuffixes)
        {
            if (compact.Length > suffix.Length && compact.EndsWith(suffix, StringComparison.Ordinal)) compact = compact[..^suffix.Length];
        }
        if (!NamePattern().IsMatch(compact)) return null;
        // "艾尔肯·吐尼亚孜": a name in the middle-dot form of minority and transliterated names has no surname of the table.
        if (compact.Count(c => c == '·') == 1 && compact[0] != '·' && compact[^1] != '·' && compact.Length is >= 4 and <= 15) return compact;
        var compound = Words.CompoundSurnames.Any(s => compact.StartsWith(s, StringComparison.Ordinal));
        var fits = compound ? compact.Length is >= 3 and <= 4 : compact.Length is >= 2 and <= 3 && (!surnameKnown || Words.Surnames.Contains(compact[0]));
        if (!fits) return null;
        if (Words.NameFinalExclusions.Any(e => compact.EndsWith(e, StringComparison.Ordinal))) return null;
        if (Words.TitleEndings.Any(e => compact.EndsWith(e, StringComparison.Ordinal)) || tables.Kinds.KindOf(compact) is not null) return null;
        return compact;
    }

    /// <summary>True when <paramref name="compact"/> reads as a title or post: it ends with a title word of the table.</summary>
    public bool IsTitle(string compact) =>
        compact.Length >= 2 && compact.Length <= MaxEntryLength && !compact.Any(char.IsAsciiDigit)
        && Words.TitleEndings.Any(e => compact.EndsWith(e, StringComparison.Ordinal));

    /// <summary>"王五副市长": the splits into a name and a title that start as titles do; one split is certain, several are not.</summary>
    private List<SeatEntry> Glued(string compact, bool amongPeople)
    {
        var found = new List<SeatEntry>();
        for (var n = 2; n <= 4 && n < compact.Length - 1; n++)
        {
            if (Name(compact[..n]) is not { } name || name.Length != n) continue;
            var title = compact[n..];
            if (!IsTitle(title) || !Words.TitleStarts.Any(s => title.StartsWith(s, StringComparison.Ordinal))) continue;
            if (!amongPeople && Words.PlaceLevels.Any(p => title.StartsWith(p, StringComparison.Ordinal))) continue;
            found.Add(new SeatEntry(EntryKind.Person, name, title));
        }
        return found;
    }

    /// <summary>"市政府副秘书长王五同志": a title then a name, read only with the name suffix (同志) that marks where the name ends.</summary>
    private SeatEntry? TitleThenName(string compact)
    {
        var suffix = Words.NameSuffixes.FirstOrDefault(s => compact.EndsWith(s, StringComparison.Ordinal));
        if (suffix is null) return null;
        var body = compact[..^suffix.Length];
        SeatEntry? found = null;
        for (var n = 2; n <= 4 && n < body.Length - 1; n++)
        {
            var title = body[..^n];
            if (Name(body[^n..]) is not { } name || !IsTitle(title)) continue;
            if (found is not null) return new SeatEntry(EntryKind.Ambiguous, Text: compact);
            found = new SeatEntry(EntryKind.Person, name, title);
        }
        return found;
    }

    /// <summary>"王 五   副市长": a name (possibly padded) and a title separated by spaces.</summary>
    private SeatEntry? SpacedPair(string printed)
    {
        var m = SpacedNameTitle().Match(GazetteLines.FoldWidth(printed).Trim());
        if (!m.Success) return null;
        var name = Name(TextForm.Compact(m.Groups["name"].Value));
        var title = TextForm.Compact(m.Groups["title"].Value);
        return name is not null && IsTitle(title) ? new SeatEntry(EntryKind.Person, name, title) : null;
    }

    /// <summary>
    /// An entry of a roster sentence spaced for the seat reader: a name ("李明"), a post held ex officio ("市水利局局长") or a
    /// unit as printed; a title glued before a name ("市水利局局长钱进") as "市水利局局长 钱进" when exactly one split gives a
    /// title and a name of the table. Null when the entry is none of these, or splits more than one way.
    /// </summary>
    public string? Spaced(string compact)
    {
        if (compact.Length == 0 || compact.Length > MaxEntryLength) return null;
        if (Name(compact) is not null) return compact;
        string? found = null;
        for (var n = 2; n <= 4 && n < compact.Length - 1; n++)
        {
            var title = compact[..^n];
            if (Name(compact[^n..]) is not { } name || name.Length != n || !IsTitle(title)) continue;
            if (found is not null) return null;
            found = title + " " + name;
        }
        if (found is not null) return found;
        return IsTitle(compact) || tables.Kinds.KindOf(compact) is not null ? compact : null;
    }

    /// <summary>"市长  李明", "市住房城乡建设局局长  孙 涛": a title, then spaces, then a name; the spaces say where the
    /// title ends, so no split is guessed. Read only when the text before the spaces is a title and not itself a name.</summary>
    private SeatEntry? SpacedTitleFirst(string printed)
    {
        var m = SpacedTitleName().Match(GazetteLines.FoldWidth(printed).Trim());
        if (!m.Success) return null;
        var title = TextForm.Compact(m.Groups["title"].Value);
        if (!IsTitle(title) || Name(title) is not null) return null;
        return Name(TextForm.Compact(m.Groups["name"].Value)) is { } name ? new SeatEntry(EntryKind.Person, name, title) : null;
    }

    /// <summary>"王五 副市长 赵六 市公安局局长": several name-title pairs separated by spaces (a one-line roster), read when
    /// the tokens alternate name, title exactly; null otherwise.</summary>
    private List<SeatEntry>? SpacedPairs(string printed)
    {
        var tokens = printed.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 4 || tokens.Length % 2 != 0) return null;
        var result = new List<SeatEntry>();
        for (var i = 0; i < tokens.Length; i += 2)
        {
            var name = Name(TextForm.Compact(tokens[i]));
            var title = TextForm.Compact(tokens[i + 1]);
            if (name is null || !IsTitle(title)) return null;
            result.Add(new SeatEntry(EntryKind.Person, name, title));
        }
        return result;
    }

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,6}?)\((?<title>[^()]+)\)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}·]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(?<title>[^ ]+)[ ]{1,}(?<name>\p{IsCJKUnifiedIdeographs}{2,4}(?:同志)?|[\p{IsCJKUnifiedIdeographs}]{2,7}·[\p{IsCJKUnifiedIdeographs}]{1,7}|\p{IsCJKUnifiedIdeographs}[ ]{1,3}\p{IsCJKUnifiedIdeographs})$")]
    private static partial Regex SpacedTitleName();

    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{2,4}(?:同志)?|[\p{IsCJKUnifiedIdeographs}]{2,7}·[\p{IsCJKUnifiedIdeographs}]{1,7}|\p{IsCJKUnifiedIdeographs}[ ]{1,3}\p{IsCJKUnifiedIdeographs})[ ]+(?<title>\S.*)$")]
    private static partial Regex SpacedNameTitle();
}
