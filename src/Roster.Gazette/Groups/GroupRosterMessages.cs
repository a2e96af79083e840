namespace Roster.Gazette.Groups;

/// <summary>
/// The diagnostics of <see cref="GroupRosterReader"/>: each message is a constant tests refer to, and each has a stable
/// code (<see cref="DiagnosticCode"/>, the constant's name prefixed Roster) that does not change when the English wording
/// does. Leftover and MembersAsUnitDeputies are informational; the others keep a roster from being imported.
/// </summary>
public static class GroupRosterMessages
{
    /// <summary>A group is announced (成员名单如下, 组成人员如下) but no role line follows.</summary>
    public const string NoSeats = "a group is announced here but no roster lines (组长：, 指挥长：…) follow";
    /// <summary>A list continues on lines that read neither as seats nor as the end of the roster; not read rather than guessed.</summary>
    public const string ContinuationNotRead = "this line continues a list across lines and does not read as seats; the roster is not read rather than guessed";
    /// <summary>"成员：…等有关单位分管负责人": deputies of units, neither named people nor posts nor units.</summary>
    public const string MembersAsUnitDeputies = "members given as the deputies in charge of units (…分管负责人) are not seats";
    /// <summary>A cell or line inside a roster that is neither a seat, the office paragraph nor the signature.</summary>
    public const string Leftover = "text inside a roster that is not read as a seat";
    /// <summary>A line labelled with a role the reader does not know (执行总指挥：…): its seats are not read, and the
    /// roster is held rather than stored short.</summary>
    public const string RoleNotRead = "this line is labelled with a role the reader does not know (seed/group-roles.yaml); its seats are not read and the roster is held rather than stored short";
    /// <summary>A title fragment split off by a flattened table that completes no single member's title.</summary>
    public const string OrphanTitleFragment = "a title fragment from a flattened table that completes no single member's title";
    /// <summary>A group set up only as an incident requires (视情成立…现场指挥部): a plan, not a roster in force.</summary>
    public const string Contingent = "a group set up case by case as an incident requires (视情成立, 现场指挥部) is a plan, not a standing roster; not read as one";
    /// <summary>No document number precedes the roster.</summary>
    public const string NoDocumentNumber = "no document number precedes this roster";
    /// <summary>No date follows the roster's document number.</summary>
    public const string NoDate = "no date is printed for the notice of this roster";
    /// <summary>A name and a title printed with no separator that split in more than one way.</summary>
    public const string NameTitleAmbiguous = "a name and a title printed together split in more than one way; the seat is not read rather than guessed";
    /// <summary>A single surname where a person is expected: the text was cut, and a surname alone is not a person.</summary>
    public const string LoneSurname = "a surname alone is not a person (the text is cut off here); the seat is not read";
    /// <summary>The text ends inside the roster: its last seat may be partial and seats may be missing.</summary>
    public const string CutOff = "the text ends inside the roster: the last seat may be partial and later seats missing";
    /// <summary>A roster printed on one line whose role labels cannot be told apart from the text before them.</summary>
    public const string RunOnNotSplit = "a roster printed on one line cannot be split into seats with certainty here; not read rather than guessed";
    /// <summary>The text defeated the roster reader; nothing of it was read (never expected: a fuzz case to fix).</summary>
    public const string ReadFailed = "the roster reader could not read this text; nothing of it is read";
}
