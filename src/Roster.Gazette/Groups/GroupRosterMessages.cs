namespace Roster.Gazette.Groups;

/// <summary>The diagnostics of <see cref="GroupRosterReader"/>: constants that tests refer to.</summary>
public static class GroupRosterMessages
{
    /// <summary>A group is announced (以下简称, 成员名单如下) but no role line follows.</summary>
    public const string NoSeats = "a group is announced here but no roster lines (组长：, 指挥长：…) follow";
    /// <summary>A list continues on lines without a role label; not read rather than guessed.</summary>
    public const string ContinuationNotRead = "this line continues an ex-officio list across lines; the roster is not read rather than guessed";
    /// <summary>"成员：…等有关单位分管负责人": deputies of units, neither named people nor posts nor units.</summary>
    public const string MembersAsUnitDeputies = "members given as the deputies in charge of units (…分管负责人) are not seats";
    /// <summary>A cell or line inside a roster that is neither a seat, the office paragraph nor the signature.</summary>
    public const string Leftover = "text inside a roster that is not read as a seat";
    /// <summary>A title fragment split off by a flattened table that completes no single member's title.</summary>
    public const string OrphanTitleFragment = "a title fragment from a flattened table that completes no single member's title";
    /// <summary>A group set up only as an incident requires (视情成立…现场指挥部): a plan, not a roster in force.</summary>
    public const string Contingent = "a group set up only as an incident requires (视情成立) is a plan, not a roster in force";
    /// <summary>No document number precedes the roster.</summary>
    public const string NoDocumentNumber = "no document number precedes this roster";
    /// <summary>No date follows the roster's document number.</summary>
    public const string NoDate = "no date is printed for the notice of this roster";
}
