using System.Text;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Gazette.Text;

namespace Roster.Gazette.Groups;

/// <summary>
/// A roster printed as one sentence ("调整后的指挥部由市长李明任指挥长，副市长王强任常务副指挥长，市水利局局长钱进、市应急管理局
/// 局长郑华任副指挥长，市气象局局长冯军等为成员。"): the sentence is rewritten as an announcement and one role line per
/// clause ("指挥长：市长 李明"), each keeping the sentence's line number, so the role-line reader reads its seats. It is
/// rewritten only when every clause after 由 reads "{people}任{role}" or "{people}(等)为{role}" with a role of the table and
/// every entry splits with certainty; anything else is left as printed.
/// </summary>
internal static class ProseRoster
{
    /// <summary>Fewest clauses a sentence needs to be read as a roster.</summary>
    private const int MinClauses = 2;

    /// <summary>The role lines of <paramref name="line"/> when it is a roster sentence; null when it is not one.</summary>
    /// <param name="line">A source line.</param>
    /// <param name="groups">The roles.</param>
    /// <param name="entry">Spaces a printed entry so the seat reader can read it ("市长李明" → "市长 李明"); null when the
    /// entry does not split with certainty.</param>
    public static List<SourceLine>? Split(SourceLine line, GroupTable groups, Func<string, string?> entry)
    {
        var compact = line.Compact;
        var at = compact.IndexOf('由');
        if (at <= 0 || compact.Length - at < 8) return null;
        var body = compact[(at + 1)..].TrimEnd('。', '.');
        if (body.EndsWith("组成", StringComparison.Ordinal)) body = body[..^2];
        var clauses = body.Split([',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries);
        if (clauses.Length < MinClauses) return null;
        var result = new List<SourceLine>(clauses.Length + 1);
        var announcement = compact[..at] + "组成如下:";
        result.Add(new SourceLine(line.Number, announcement, announcement));
        foreach (var clause in clauses)
        {
            if (RoleLine(clause, groups, entry) is not { } roleLine) return null;
            result.Add(new SourceLine(line.Number, roleLine, TextForm.Compact(roleLine)));
        }
        return result;
    }

    private static string? RoleLine(string clause, GroupTable groups, Func<string, string?> entry)
    {
        foreach (var role in groups.RolesLongestFirst)
        {
            foreach (var verb in (string[])["担任", "任", "为"])
            {
                if (!clause.EndsWith(verb + role, StringComparison.Ordinal)) continue;
                var people = clause[..^(verb + role).Length];
                // "冯军等为成员": the list goes on beyond the names printed; 等 stays on the line so the seat reader
                // holds the roster instead of recording a short list as the whole.
                var more = people.EndsWith('等');
                if (more) people = people[..^1];
                if (people.Length == 0) return null;
                var printed = new StringBuilder(role).Append(':');
                var first = true;
                foreach (var person in people.Split('、'))
                {
                    if (entry(person) is not { } spaced) return null;
                    if (!first) printed.Append('、');
                    printed.Append(spaced);
                    first = false;
                }
                return (more ? printed.Append('等') : printed).ToString();
            }
        }
        return null;
    }
}
