using System.Text.RegularExpressions;

namespace Roster.Gazette.Text;

/// <summary>
/// Restores the line breaks of a text whose breaks were lost (a whole notice on one line, as web pages and copy-paste
/// deliver it): a long line with several sentences is cut after each terminator (。；：), after a title's end (…的通知)
/// and after a document number when more text follows. The pieces keep the line's number. Only the grammar of
/// sentences is used; a roster's seats are cut by the roster reader, which holds what it cannot split for certain.
/// </summary>
internal static partial class RunOnLines
{
    /// <summary>Shortest line that may be a run-on document.</summary>
    public const int MinLength = 120;

    /// <summary>Fewest terminators a run-on line holds.</summary>
    private const int MinSentences = 3;

    /// <summary><paramref name="lines"/> with every run-on line cut into pieces; the same list when there is none.</summary>
    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Compact.Length < MinLength || !IsRunOn(line.Compact))
            {
                result?.Add(line);
                continue;
            }
            result ??= [.. lines.Take(i)];
            foreach (var piece in Cut().Split(line.Compact))
            {
                if (piece.Length > 0) result.Add(new SourceLine(line.Number, piece, piece));
            }
        }
        return result ?? lines;
    }

    private static bool IsRunOn(string compact)
    {
        var count = 0;
        foreach (var c in compact)
        {
            if (c is '。' or ';' or ':' && ++count >= MinSentences) return true;
        }
        return false;
    }

    /// <summary>After a terminator, after a title's end, after a bracketed document number, before a date that closes a
    /// signature ("…人民政府2011年5月9日") — each only when more text follows.</summary>
    [GeneratedRegex(@"(?<=[。;:])(?=.)|(?<=的通知|的决定|的议案|任免名单)(?=[^》”""。;:,])|(?<=[〕\])][0-9]{1,6}号)(?=.)|(?<=^.{0,40}主席令)(?=第)|(?<=第[一二三四五六七八九十百零〇]{1,8}号\)?)(?=根据)")]
    private static partial Regex Cut();
}
