namespace Roster.Domain.Groups;

/// <summary>
/// The wording rosters are printed in (<c>seed/group-roles.yaml</c> <c>reading</c>): what announces a roster, how a group's
/// name ends, the office paragraph, the succession sentence and the shape of a title printed beside a name. The gazette
/// reader reads by these lists only, so a new wording is a data change (docs/group-rosters.md). All entries are compact
/// text (no white space). Empty lists are allowed: the reader then recognises nothing of that kind.
/// </summary>
public sealed record GroupWording
{
    /// <summary>How a group's name ends (领导小组, 委员会, 指挥部…).</summary>
    public IReadOnlyList<string> GroupSuffixes { get; init; } = [];
    /// <summary>Wordings that announce a roster (以下简称, 组成人员如下, 现将…通知如下).</summary>
    public IReadOnlyList<string> Introducers { get; init; } = [];
    /// <summary>Words before a group name that are not part of it (关于成立, 决定调整…), longest first.</summary>
    public IReadOnlyList<string> NameOpeners { get; init; } = [];
    /// <summary>Phrases that set a group up only as an incident requires (视情成立).</summary>
    public IReadOnlyList<string> ContingentPhrases { get; init; } = [];
    /// <summary>Group names formed case by case (现场指挥部).</summary>
    public IReadOnlyList<string> ContingentGroups { get; init; } = [];
    /// <summary>Words of an introducer that promise a list of members (名单, 组成).</summary>
    public IReadOnlyList<string> PromiseWords { get; init; } = [];
    /// <summary>What precedes the working bodies a group is set up with (下设).</summary>
    public IReadOnlyList<string> SubBodyMarkers { get; init; } = [];
    /// <summary>Endings of a member list given as the deputies of units (分管负责人).</summary>
    public IReadOnlyList<string> UnitDeputies { get; init; } = [];
    /// <summary>Labels of a member-unit list (成员单位).</summary>
    public IReadOnlyList<string> MemberUnitLabels { get; init; } = [];
    /// <summary>The role a member unit's seat takes (成员).</summary>
    public string MemberRole { get; init; } = "成员";
    /// <summary>What precedes the office's seat (办公室设在).</summary>
    public IReadOnlyList<string> OfficeAt { get; init; } = [];
    /// <summary>Words that mark the office paragraph.</summary>
    public IReadOnlyList<string> OfficeMarkers { get; init; } = [];
    /// <summary>Office roles as printed in a clause and the seat role each is, longest printed form first.</summary>
    public IReadOnlyList<(string Printed, string Role)> OfficeRoles { get; init; } = [];
    /// <summary>Marks of a concurrent seat ((兼), 兼任).</summary>
    public IReadOnlyList<string> ConcurrentMarks { get; init; } = [];
    /// <summary>Phrases of the succession sentence (成员如有变动…自然替补).</summary>
    public IReadOnlyList<string> SuccessionPhrases { get; init; } = [];
    /// <summary>Suffixes after a name that are not part of it (同志).</summary>
    public IReadOnlyList<string> NameSuffixes { get; init; } = [];
    /// <summary>Endings of a title printed beside a name.</summary>
    public IReadOnlyList<string> TitleEndings { get; init; } = [];
    /// <summary>Starts of a title glued to a name (王五副市长).</summary>
    public IReadOnlyList<string> TitleStarts { get; init; } = [];
    /// <summary>Title starts that are also how a place's name ends (市, 县): "平定县人民政府县长" is a post, not 平定 + a title.</summary>
    public IReadOnlyList<string> PlaceLevels { get; init; } = [];
    /// <summary>Characters a name never ends with (副).</summary>
    public IReadOnlyList<string> NameFinalExclusions { get; init; } = [];
    /// <summary>Single-character surnames.</summary>
    public IReadOnlySet<char> Surnames { get; init; } = new HashSet<char>();
    /// <summary>Two-character surnames (欧阳).</summary>
    public IReadOnlyList<string> CompoundSurnames { get; init; } = [];
    /// <summary>How an issuer's name ends (人民政府办公室, 国务院办公厅, 局), longest first.</summary>
    public IReadOnlyList<string> IssuerSuffixes { get; init; } = [];
}
