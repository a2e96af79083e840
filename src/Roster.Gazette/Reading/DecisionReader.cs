using System.Text.RegularExpressions;
using Roster.Domain.Time;

namespace Roster.Gazette.Reading;

/// <summary>
/// Reads the decision clause of a notice body (compact text):
/// "经阳泉市人民政府2022年1月12日常务会议决定,任命:" → 阳泉市人民政府常务会议, 2022-01-12, rest "任命:";
/// "米炳生等二人任免职务的提请已经2022年1月30日阳泉市第十五届人民代表大会常务委员会第四十八次会议审议通过,现通知如下:"
/// → 阳泉市第十五届人民代表大会常务委员会第四十八次会议, 2022-01-30 (the approving body decides).
/// </summary>
internal static partial class DecisionReader
{
    /// <summary>The deciding body (empty when the clause names none: 经研究决定), its date and the text after the decision
    /// (a heading such as 任命:, or empty).</summary>
    public static bool TryRead(string clause, out string body, out CalendarDate? date, out string rest)
    {
        body = "";
        date = null;
        rest = "";
        var match = Decision().Match(clause);
        if (!match.Success) match = SessionDecision().Match(clause);
        if (!match.Success) match = BasedOnSession().Match(clause);
        if (!match.Success) match = Adopted().Match(clause);
        if (!match.Success)
        {
            var studied = Studied().Match(clause);
            if (studied.Success)
            {
                // "经研究决定" / "经省人民政府研究决定": the issuer (or the body named) decided, at no meeting the notice dates.
                body = studied.Groups["post"].Value;
                rest = studied.Groups["rest"].Value.TrimStart(',', ':');
                return true;
            }
            // "第十三届…第三十次会议决定：" with the date printed elsewhere (the adoption line under the title).
            var undated = UndatedSession().Match(clause);
            if (!undated.Success) return false;
            body = undated.Groups["post"].Value;
            date = null;
            rest = undated.Groups["rest"].Value.TrimStart(',', ':');
            return true;
        }
        body = match.Groups["pre"].Value + match.Groups["post"].Value;
        if (body.StartsWith("根据", StringComparison.Ordinal)) body = body[2..];
        date = GazetteDates.From(match);
        rest = match.Groups["rest"].Value.TrimStart(',', '，', ':');
        return body.Length > 0;
    }

    /// <summary>True for a clause that reads like a decision (经…决定 / …审议通过) whether or not its parts are readable.</summary>
    public static bool LooksLikeDecision(string clause) =>
        (clause.StartsWith('经') && clause.Contains("决定", StringComparison.Ordinal))
        || clause.Contains("审议通过", StringComparison.Ordinal)
        || (clause.Contains("提请", StringComparison.Ordinal) && (clause.Contains("审议", StringComparison.Ordinal) || clause.Contains("已经", StringComparison.Ordinal)));

    // 经{pre}{date}{post…会议}(研究,)决定 | …的提请已经{pre}{date}{post…会议}审议通过; "常务会议研究，决定：" prints a
    // comma between the study and the decision.
    [GeneratedRegex("^(?:[^,:]{0,60}?提请已?)?(?:经|根据)(?<pre>[^,:]{0,60}?)" + GazetteDates.DatePattern
        + "(?<post>[^,:]{0,80}?会议)(?:(?:研究|审议|讨论),?(?:决定|通过|同意)|决定|通过|同意)(?<rest>.*)$")]
    private static partial Regex Decision();

    // 经(…)研究(,)决定 — no meeting and no date printed; the body, when named, is kept as printed (省人民政府).
    [GeneratedRegex("^经(?<post>[^,:0-9年月日]{0,40}?)(?:研究|审议|讨论)(?:,)?(?:决定|同意)(?<rest>.*)$")]
    private static partial Regex Studied();

    // 根据{…会议}于{date}的决定: — the basis line of a presidential order.
    [GeneratedRegex("^根据(?<post>[^,:]{4,100}?会议)于?" + GazetteDates.DatePattern + "(?:的)?(?:决定|通过)(?<rest>.*)$")]
    private static partial Regex BasedOnSession();

    // ({date}{…会议}通过) — the adoption line under a people's congress decision or list.
    [GeneratedRegex(@"^\(" + GazetteDates.DatePattern + @"(?<post>[^,:()]{4,100}?会议)(?:通过|决定)\)(?<rest>.*)$")]
    private static partial Regex Adopted();

    // {…会议}决定: with no date: the session deciding in a decision whose adoption line carries the date.
    [GeneratedRegex("^(?<post>[^,:()]{4,100}?(?:代表大会|常务委员会|常委会)[^,:()]{0,30}?会议)(?:审议)?决定[:,]?(?<rest>.*)$")]
    private static partial Regex UndatedSession();

    // {…会议}于{date}(审议)决定 — the people's congress deciding in its own words: "…第四十八次会议于2022年1月30日决定任命:".
    [GeneratedRegex("^(?<post>[^,:]{4,80}?会议)于?" + GazetteDates.DatePattern + "(?:审议)?(?:决定|通过)(?<rest>.*)$")]
    private static partial Regex SessionDecision();
}
