using System.Text.RegularExpressions;

namespace Roster.Gazette.Reading;

/// <summary>
/// The words of personnel notices the reader knows, in one place: remarks that are notes (reasons for a removal,
/// secondments), remarks that mark an acting post, the resignation form, the effective-date clause and the
/// running heads (page headers) that PDF extraction repeats inside the text.
/// </summary>
internal static partial class Vocabulary
{
    /// <summary>The note of an item read from "接受X辞去Y职务".</summary>
    public const string ResignationNote = "辞职";

    /// <summary>The note of a post printed with 挂职 in front of it.</summary>
    public const string SecondmentNote = "挂职";

    /// <summary>Remarks in parentheses that are kept as the item's note without a diagnostic: reasons for a removal,
    /// secondments (挂职, 挂职一年, 挂职期一年) and terms of engagement (聘期五年).</summary>
    [GeneratedRegex("^(退休|到龄退休|另有任用|辞职|因个人原因辞职|工作调动|调离|挂职(期?[0-9一二两三四五六七八九十半]{1,3}(年|个月))?|挂职锻炼|聘期为?[0-9一二两三四五六七八九十]{1,3}年|正处级|副处级|正科级|副科级)$")]
    public static partial Regex NoteRemark();

    /// <summary>Remarks that make an item acting: (主持工作), (代理).</summary>
    [GeneratedRegex("^(主持工作|主持全面工作|代理)$")]
    public static partial Regex ActingRemark();

    /// <summary>"接受张三辞去阳泉市体育局副局长职务(的请求)".</summary>
    [GeneratedRegex("^(?:决定)?接受(?<person>[^,:的]{2,20}?)(?:同志)?辞去(?<post>.+?)职务(?:的(?:请求|申请))?$")]
    public static partial Regex Resignation();

    /// <summary>"以上任免自2022年3月1日起施行" and the like: the effective date, with what came before and after. The date may stop
    /// at the month or the year ("自2021年3月起", "2021年起"): an effective date known only to the month or year.</summary>
    [GeneratedRegex("^(?<pre>(以上|上述)?(任免|任职|免职|任命|聘任|解聘)?(职务)?(均)?)自?" + GazetteDates.ReducedDatePattern
        + "起(?:施行|生效|执行|计算|任职)?[,]?(?<rest>.*)$")]
    public static partial Regex EffectiveFrom();

    /// <summary>Running heads and page furniture that PDF extraction repeats mid-text: the gazette's name
    /// (阳泉市人民政府公报), the issue (2022年第1期, (总第013期)), page numbers (— 67 —, ·67·, 第67页), a romanised
    /// masthead. Matched against compact lines; such lines are dropped (read as blank) before notices are read.</summary>
    [GeneratedRegex(@"^(.{2,16}(人民政府|政府|办公室|办公厅)公报(\d{4}年?第\d{1,3}期)?|\d{4}年?第\d{1,3}期(\(总第\d{1,4}期\))?|\(总第\d{1,4}期\)|[-—–·]{1,3}\d{1,4}[-—–·]{1,3}|第\d{1,4}页|[A-Z]{12,})$")]
    public static partial Regex RunningHead();

    /// <summary>"X不再担任Y职务" (a removal printed without 免去), remarks in parentheses after it kept.</summary>
    [GeneratedRegex(@"^(?<person>[^,:的]{2,20}?)(?:同志)?不再担任(?<post>.+?)(?:职务)?(?<remarks>(\([^()]*\))*)$")]
    public static partial Regex NoLongerHolds();
}
