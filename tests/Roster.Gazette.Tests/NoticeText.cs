namespace Roster.Gazette.Tests;

/// <summary>Builds real-looking notice texts in the layout of the seed gazette (spaced issuer heading, title,
/// number, addressee, body, signature, date, release note).</summary>
internal static class NoticeText
{
    /// <summary>The executive-meeting decision line, opening the appointments.</summary>
    public const string ExecutiveDecision = "经阳泉市人民政府2022年1月12日常务会议决定，任命：\n\n";

    /// <summary>The people's-congress decision line (the bare "X为Y" form follows it).</summary>
    public const string CongressDecision = "米炳生等二人任免职务的提请已经 2022 年 1 月 30 日阳泉市第十五届人民代表大会常务委员会第四十八次会议审议通过，现通知如下：\n\n";

    /// <summary>A whole notice numbered 阳政任字〔2022〕<paramref name="sequence"/>号 with <paramref name="body"/>
    /// between the addressee and the signature.</summary>
    public static string With(string body, string title = "关于赵海金等四人任免职务的通知", int sequence = 9) => $"""
        阳 泉 市 人 民 政 府

        {title}

        阳政任字〔2022〕{sequence}号

        各县（区）人民政府，市直各单位：

        {body}

        阳泉市人民政府

        2022年1月13日

        （此件公开发布）
        """;

    /// <summary>The 1-based number of the first line of <paramref name="text"/> that contains <paramref name="part"/>.</summary>
    public static int LineOf(string text, string part) =>
        Array.FindIndex(text.Split('\n'), l => l.Contains(part, StringComparison.Ordinal)) + 1;
}
