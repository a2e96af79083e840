using System.Text.RegularExpressions;
using Roster.Domain.Names;

namespace Roster.Gazette.Reading;

/// <summary>The document numbers a correction notice's body names ("撤销《…》（阳政任字〔2022〕4号）"), other than its own.</summary>
internal static partial class CorrectedNumbers
{
    /// <summary>The distinct canonical numbers in <paramref name="body"/> (compact text), in order of first mention, without <paramref name="own"/>.</summary>
    public static IReadOnlyList<DocumentNumber> In(string body, DocumentNumber own) =>
        Candidate().Matches(Verbs().Replace(body, ","))
            .Select(m => DocumentNumber.TryParse(m.Value, out var number) ? number : null)
            .OfType<DocumentNumber>()
            .Where(n => n != own)
            .Distinct()
            .ToList();

    /// <summary>Words printed right before a number ("撤销阳政任字〔2022〕4号") that are not part of its code.</summary>
    [GeneratedRegex("撤销|更正|废止|决定|关于|对")]
    private static partial Regex Verbs();

    /// <summary>An issuer code of Chinese characters, a bracketed year and a sequence ending in 号.</summary>
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{1,16}[〔\[【(（]?[0-9]{4}[〕\]】)）]?[0-9]{1,5}号")]
    private static partial Regex Candidate();
}
