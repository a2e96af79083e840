namespace Roster.Domain.Reference;

/// <summary>The word lists of the gazette reader, from <c>seed/reader-vocabulary.yaml</c> (the file's comments say what
/// each list does). Data only: the reader in Roster.Gazette decides how they are used.</summary>
public sealed class ReaderVocabulary
{
    /// <summary>A vocabulary with every list empty.</summary>
    public static ReaderVocabulary Empty { get; } = new();

    /// <summary>Words of web-page furniture (来源, 责任编辑, 打印, 关闭).</summary>
    public List<string> Chrome { get; set; } = [];

    /// <summary>Words that mark a news report (本报讯, 记者).</summary>
    public List<string> ReportMarkers { get; set; } = [];

    /// <summary>Verbs that open an item quoted in a report (决定任命, 免去).</summary>
    public List<string> ReportVerbs { get; set; } = [];

    /// <summary>What may stand right before a report verb ("" for nothing, 会议, 会议还…).</summary>
    public List<string> ReportLeadIns { get; set; } = [];

    /// <summary>Wording that makes a file hold personnel content (任命, 免去, 任免).</summary>
    public List<string> PersonnelWords { get; set; } = [];

    /// <summary>Block headings of a 任免名单 and the action each opens (APPOINT, REMOVE, RESIGN, ENGAGE, DISMISS).</summary>
    public List<ListHeading> ListHeadings { get; set; } = [];
}

/// <summary>One block heading of a 任免名单: <c>{heading: 接受辞职, action: RESIGN}</c>.</summary>
public sealed class ListHeading
{
    /// <summary>The heading as printed, without its colon.</summary>
    public string Heading { get; set; } = "";

    /// <summary>APPOINT, REMOVE, RESIGN (a removal at the person's request), ENGAGE or DISMISS.</summary>
    public string Action { get; set; } = "";
}
