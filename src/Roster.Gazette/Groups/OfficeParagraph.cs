using System.Text.RegularExpressions;
using Roster.Domain.Groups;

namespace Roster.Gazette.Groups;

/// <summary>
/// Reads a group's office paragraph in each printed form: <c>办公室设在X，办公室主任由Y兼任，副主任由Z兼任</c>;
/// <c>办公室设在X，X局长兼任办公室主任</c>; <c>办公室主任由王五同志兼任</c>; <c>办公室主任王五（兼），副主任赵六、钱七（兼）</c>.
/// Each office seat (主任, 常务副主任, 副主任) is a person (concurrent when 兼) or a post held ex officio. The office roles
/// and marks are <see cref="GroupWording"/> data.
/// </summary>
internal sealed partial class OfficeParagraph(SeatText seats, GroupWording words)
{
    /// <summary>True when the text is (or holds) an office paragraph: where the office sits, or who directs it.</summary>
    public bool Is(string compact)
    {
        if (words.OfficeMarkers.Any(m => compact.Contains(m, StringComparison.Ordinal) && !SeatsEndWith(compact, m))) return true;
        return words.OfficeRoles.Any(r => compact.Contains(r.Printed + "由", StringComparison.Ordinal) || compact.Contains("兼任" + r.Printed, StringComparison.Ordinal));
    }

    // "中国电信阳泉分公司办公室主任" is a member's post, not the office paragraph: a marker ending a short entry.
    private static bool SeatsEndWith(string compact, string marker) =>
        compact.EndsWith(marker, StringComparison.Ordinal) && compact.Length <= SeatText.MaxEntryLength && !compact.Contains('，') && !compact.Contains(',');

    /// <summary>Where the office sits (办公室设在X), or null.</summary>
    public string? At(string compact)
    {
        foreach (var marker in words.OfficeAt)
        {
            var k = compact.IndexOf(marker, StringComparison.Ordinal);
            if (k < 0) continue;
            var rest = compact[(k + marker.Length)..];
            var end = rest.IndexOfAny([',', '，', '。', ';', '；', ':', '(', '（']);
            var at = (end < 0 ? rest : rest[..end]).Trim();
            if (at.Length > 0) return at;
        }
        return null;
    }

    /// <summary>The office seats of the paragraph, in printed order.</summary>
    public List<SeatDraft> Seats(string compact)
    {
        var result = new List<SeatDraft>();
        foreach (var raw in compact.Split([',', '，', '。', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = Parenthetical().Replace(raw, m => words.ConcurrentMarks.Contains(m.Value) ? m.Value : "");
            if (clause.Contains("设在", StringComparison.Ordinal) && !words.OfficeRoles.Any(r => clause.Contains(r.Printed + "由", StringComparison.Ordinal) || clause.Contains("兼任" + r.Printed, StringComparison.Ordinal))) continue;
            foreach (var (printed, role) in words.OfficeRoles)
            {
                var k = clause.IndexOf(printed, StringComparison.Ordinal);
                if (k < 0) continue;
                string who;
                var concurrent = false;
                var after = clause[(k + printed.Length)..];
                if (after.StartsWith('由'))
                {
                    // 办公室主任由X兼任
                    who = after[1..];
                    concurrent = Strip(ref who, "兼任") | Strip(ref who, "担任") | Strip(ref who, "(兼)");
                }
                else if (after.Length == 0 && k > 0)
                {
                    // (由)X兼任办公室主任
                    who = clause[..k];
                    if (!(Strip(ref who, "兼任") || Strip(ref who, "担任"))) break;
                    concurrent = true;
                    if (who.StartsWith('由')) who = who[1..];
                }
                else if (k == 0 || clause[..k].EndsWith("办公室", StringComparison.Ordinal) || clause[..k].EndsWith("办", StringComparison.Ordinal))
                {
                    // 办公室主任王五（兼）, 副主任：赵六
                    who = after.TrimStart(':', '为');
                    concurrent = Strip(ref who, "(兼)") | Strip(ref who, "兼任");
                }
                else break;
                foreach (var holder in who.Split('、', StringSplitOptions.RemoveEmptyEntries))
                {
                    var entry = seats.Read(holder);
                    if (entry is { Kind: EntryKind.Person, Person: { } person })
                        result.Add(new SeatDraft { Role = role, Person = person, TitleText = entry.Title, Concurrent = concurrent || entry.Concurrent });
                    else if (entry.Kind is EntryKind.ExOfficio or EntryKind.Unit && entry.Text is { Length: > 0 } text)
                        result.Add(new SeatDraft { Role = role, ExOfficio = text });
                }
                break;
            }
        }
        return result;
    }

    private static bool Strip(ref string text, string suffix)
    {
        if (!text.EndsWith(suffix, StringComparison.Ordinal)) return false;
        text = text[..^suffix.Length];
        return true;
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();
}
