using System.Text.RegularExpressions;
using Roster.Domain.Names;
using Roster.Domain.Orders;

namespace Roster.Gazette.Reading;

/// <summary>
/// Checks a printed title of the conventional form (关于赵海金等四人任免职务的通知, 关于段拥军任职的通知) against the items
/// read: the first person, the number of persons and the kind of change must agree, so an item the parser missed
/// does not pass unnoticed. Titles of other forms, and notices with engagements or dismissals, are not checked.
/// </summary>
internal static partial class TitleCheck
{
    /// <summary>True when the title agrees with the items or is not of the checked form.</summary>
    public static bool Agrees(string titleText, IReadOnlyList<OrderItemDraft> items)
    {
        var match = ConventionalTitle().Match(titleText);
        if (!match.Success || items.Count == 0) return true;
        if (items.Any(i => i.Action is not (OrderAction.Appoint or OrderAction.Remove))) return true;
        var persons = items.Select(i => PersonName.Canonical(i.Person)).Distinct().ToList();
        var count = 1;
        if (match.Groups["n"].Success && !ChineseCount.TryRead(match.Groups["n"].Value, out count)) return false;
        var starts = items.Any(i => i.Action == OrderAction.Appoint);
        var ends = items.Any(i => i.Action == OrderAction.Remove);
        var what = starts && ends ? "任免职务" : starts ? "任职" : "免职";
        return match.Groups["first"].Value == persons[0] && count == persons.Count && match.Groups["what"].Value == what;
    }

    [GeneratedRegex("^关于(?<first>[^等]{1,16}?)(?:等(?<n>[0-9一二两三四五六七八九十]{1,3})人)?(?:同志)?(?<what>任免职务|任职|免职)的通知$")]
    private static partial Regex ConventionalTitle();
}
