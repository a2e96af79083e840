namespace Roster.Domain.Orders;

/// <summary>
/// Titles of appointment notices by the gazette's convention (docs/orders.md): persons counted once each
/// in order of first mention, the count in Chinese numerals, then 任免职务 (appointments and removals),
/// 任职 (appointments only), 免职 (removals only) or 试用期满正式任职 (probation confirmations only; confirmations
/// beside appointments or removals do not change the title). E.g. 阳泉市人民政府关于赵海金等四人任免职务的通知.
/// </summary>
public static class OrderTitle
{
    /// <summary>The title for an order of <paramref name="issuer"/> with these items (at least one).</summary>
    public static string For(string issuer, IReadOnlyList<(string Person, OrderAction Action)> items)
    {
        var persons = items.Select(i => i.Person).Distinct().ToList();
        var starts = items.Any(i => i.Action.Starts());
        var ends = items.Any(i => i.Action.Ends());
        var what = starts && ends ? "任免职务" : starts ? "任职" : ends ? "免职" : "试用期满正式任职";
        var who = persons.Count == 1 ? persons[0] : $"{persons[0]}等{ChineseNumeral.For(persons.Count)}人";
        return $"{issuer}关于{who}{what}的通知";
    }

    /// <summary>The title of a correcting order without a printed one: 阳泉市人民政府关于撤销阳政任字〔2022〕4号的通知 (revoke),
    /// …关于更正阳政任字〔2022〕4号的通知 (amend).</summary>
    public static string ForCorrection(string issuer, Correction correction) =>
        $"{issuer}关于{(correction.Kind == CorrectionKind.Revoke ? "撤销" : "更正")}{correction.Target}的通知";
}
