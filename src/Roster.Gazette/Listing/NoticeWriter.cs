using Roster.Domain.Orders;
using Roster.Domain.Time;

namespace Roster.Gazette.Listing;

/// <summary>
/// Writes one order as the gazette prints a personnel notice (the layout of the seed gazette, and one the
/// <see cref="GazetteParser"/> reads back to the same order): issuer heading, title, document number, addressee,
/// decision line, 任命：/免去：/聘任：/解聘： blocks with probation and notes in parentheses, the effective date
/// when it is neither the decision date nor the issue date, signature, issue date and release note. A correcting order
/// prints "撤销{target}。" (read back as the same revocation) or "更正{target}，更正后为：" before its blocks (read back as a
/// held correction draft: the parser does not apply amendments).
/// </summary>
public static class NoticeWriter
{
    /// <summary>The addressee line of municipal personnel notices.</summary>
    public const string Addressee = "各县（区）人民政府，市直各单位：";

    /// <summary>The release note under the issue date.</summary>
    public const string ReleaseNote = "（此件公开发布）";

    /// <summary>Words in a deciding body that mark the people's-congress route (提请…审议通过).</summary>
    public const string CongressMark = "人民代表大会常务委员会";

    /// <summary>The contents line of <paramref name="order"/>: "{title}（{document number}）".</summary>
    public static string ContentsLine(Order order) => $"{order.Title}（{order.DocumentNumber}）";

    /// <summary>The lines of the notice, without blank lines between them.</summary>
    public static IReadOnlyList<string> Lines(Order order)
    {
        var lines = new List<string>();
        var about = order.Title.IndexOf("关于", StringComparison.Ordinal);
        if (about > 0)
        {
            lines.Add(order.Title[..about]);
            lines.Add(order.Title[about..]);
        }
        else
        {
            lines.Add(order.Issuer);
            lines.Add(order.Title);
        }
        lines.Add(order.DocumentNumber.ToString());
        lines.Add(Addressee);
        var decision = DecisionLine(order);
        if (decision is not null) lines.Add(decision);
        if (order.Corrects is { } correction)
            lines.Add(correction.Kind == CorrectionKind.Revoke ? $"撤销{correction.Target}。" : $"更正{correction.Target}，更正后为：");
        lines.AddRange(ItemLines(order.Items));
        var implied = order.DecidedOn ?? order.IssuedOn;
        if (implied != order.EffectiveOn || order.EffectivePrecision != DatePrecision.Day)
            lines.Add($"以上任免自{Date(order.EffectiveOn, order.EffectivePrecision)}起施行。");
        lines.Add(order.Issuer);
        if (order.IssuedOn is { } issued) lines.Add(Date(issued));
        lines.Add(ReleaseNote);
        return lines;
    }

    /// <summary>2022年1月13日: how gazettes print a date (no leading zeros).</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>The date at its precision, as gazettes print it: 2021年3月15日, 2021年3月 (month), 2021年 (year).</summary>
    public static string Date(DateOnly first, DatePrecision precision) =>
        precision == DatePrecision.Day ? Date(first) : precision.Format(first);

    private static string? DecisionLine(Order order)
    {
        if (order.DecisionBody is not { Length: > 0 } body) return null;
        // A body without a date decided "after study" (经省人民政府研究决定), as the notice printed it.
        if (order.DecidedOn is not { } decided) return $"经{body}研究决定，现通知如下：";
        if (body.Contains(CongressMark, StringComparison.Ordinal))
        {
            var subject = Subject(order.Title);
            return $"{subject}的提请已经{Date(decided)}{body}审议通过，现通知如下：";
        }
        var (pre, post) = body.StartsWith(order.Issuer, StringComparison.Ordinal) && body.Length > order.Issuer.Length
            ? (order.Issuer, body[order.Issuer.Length..])
            : ("", body);
        return $"经{pre}{Date(decided)}{post}决定，现通知如下：";
    }

    /// <summary>"米炳生等二人任免职务" from "…关于米炳生等二人任免职务的通知".</summary>
    private static string Subject(string title)
    {
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        var subject = about >= 0 ? title[(about + 2)..] : title;
        return subject.EndsWith("的通知", StringComparison.Ordinal) ? subject[..^3] : subject;
    }

    private static IEnumerable<string> ItemLines(IReadOnlyList<OrderItem> items)
    {
        OrderAction? heading = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Action != heading)
            {
                heading = item.Action;
                yield return Heading(item.Action);
            }
            yield return Item(item) + (i == items.Count - 1 ? "。" : "；");
        }
    }

    private static string Heading(OrderAction action) => action switch
    {
        OrderAction.Remove => "免去：",
        OrderAction.Engage => "聘任：",
        OrderAction.Dismiss => "解聘：",
        OrderAction.ConfirmProbation => "试用期满考核合格，正式任职：",
        _ => "任命：",
    };

    private static string Item(OrderItem item)
    {
        var title = (item.Acting ? "代理" : "") + item.Post.Title;
        var text = !item.Action.Ends()
            ? $"{item.Person}{(item.Concurrent ? "兼任" : "为")}{item.Post.Organization}{title}"
            : $"{item.Person}的{item.Post.Organization}{title}职务";
        if (item.Probation is { } probation) text += $"（{ProbationText(probation.ToString())}）";
        if (item.RetainsRank) text += "（保留原职级待遇）";
        if (item.Note is { Length: > 0 } note) text += $"（{note}）";
        return text;
    }

    /// <summary>试用期一年 for P1Y, 试用期六个月 for P6M, 试用期一年半 for P18M.</summary>
    private static string ProbationText(string iso) => iso switch
    {
        "P6M" => "试用期六个月",
        "P18M" => "试用期一年半",
        _ when iso.Length > 2 && iso[^1] == 'Y' && int.TryParse(iso[1..^1], out var years) => $"试用期{ChineseNumeral.For(years)}年",
        _ when iso.Length > 2 && iso[^1] == 'M' && int.TryParse(iso[1..^1], out var months) => $"试用期{ChineseNumeral.For(months)}个月",
        _ => "试用期" + iso,
    };
}
