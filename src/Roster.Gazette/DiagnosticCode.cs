using System.Reflection;
using Roster.Gazette.Groups;

namespace Roster.Gazette;

/// <summary>
/// The stable code of a <see cref="GazetteDiagnostic"/>: callers and the wire (roster.v1.DiagnosticCode, value names
/// prefixed DIAGNOSTIC_CODE_) compare codes, never the English message. Each code is named after its message constant in
/// <see cref="GazetteMessages"/> or, prefixed Roster, in <see cref="GroupRosterMessages"/>; the numbers never change.
/// </summary>
public enum DiagnosticCode
{
    /// <summary>No code (never produced by the reader).</summary>
    Unspecified = 0,
    /// <summary><see cref="GazetteMessages.NotAnItem"/>.</summary>
    NotAnItem = 1,
    /// <summary><see cref="GazetteMessages.ItemAgainstHeading"/>.</summary>
    ItemAgainstHeading = 2,
    /// <summary><see cref="GazetteMessages.UnknownPost"/>.</summary>
    UnknownPost = 3,
    /// <summary><see cref="GazetteMessages.AmbiguousItem"/>.</summary>
    AmbiguousItem = 4,
    /// <summary><see cref="GazetteMessages.BadPerson"/>.</summary>
    BadPerson = 5,
    /// <summary><see cref="GazetteMessages.UnknownRemark"/>.</summary>
    UnknownRemark = 6,
    /// <summary><see cref="GazetteMessages.DecisionNotRead"/>.</summary>
    DecisionNotRead = 7,
    /// <summary><see cref="GazetteMessages.TooLong"/>.</summary>
    TooLong = 8,
    /// <summary><see cref="GazetteMessages.NoItems"/>.</summary>
    NoItems = 9,
    /// <summary><see cref="GazetteMessages.NoIssueDate"/>.</summary>
    NoIssueDate = 10,
    /// <summary><see cref="GazetteMessages.NoIssuer"/>.</summary>
    NoIssuer = 11,
    /// <summary><see cref="GazetteMessages.Correction"/>.</summary>
    Correction = 12,
    /// <summary><see cref="GazetteMessages.TableColumns"/>.</summary>
    TableColumns = 13,
    /// <summary><see cref="GazetteMessages.TitleDisagreesWithItems"/>.</summary>
    TitleDisagreesWithItems = 14,
    /// <summary><see cref="GazetteMessages.NoDocumentNumber"/>.</summary>
    NoDocumentNumber = 15,
    /// <summary><see cref="GazetteMessages.Proposal"/>.</summary>
    Proposal = 16,
    /// <summary><see cref="GazetteMessages.ReadFromReport"/>.</summary>
    ReadFromReport = 17,
    /// <summary><see cref="GazetteMessages.PrintedTwice"/>.</summary>
    PrintedTwice = 18,
    /// <summary><see cref="GazetteMessages.RepostDateUsed"/>.</summary>
    RepostDateUsed = 19,
    /// <summary><see cref="GazetteMessages.CutOff"/>.</summary>
    CutOff = 20,
    /// <summary><see cref="GazetteMessages.NoPersonnelDocument"/>.</summary>
    NoPersonnelDocument = 21,
    /// <summary><see cref="GazetteMessages.PersonnelWordingNotRead"/>.</summary>
    PersonnelWordingNotRead = 22,
    /// <summary><see cref="GroupRosterMessages.NoSeats"/>.</summary>
    RosterNoSeats = 101,
    /// <summary><see cref="GroupRosterMessages.ContinuationNotRead"/>.</summary>
    RosterContinuationNotRead = 102,
    /// <summary><see cref="GroupRosterMessages.MembersAsUnitDeputies"/>.</summary>
    RosterMembersAsUnitDeputies = 103,
    /// <summary><see cref="GroupRosterMessages.Leftover"/>.</summary>
    RosterLeftover = 104,
    /// <summary><see cref="GroupRosterMessages.OrphanTitleFragment"/>.</summary>
    RosterOrphanTitleFragment = 105,
    /// <summary><see cref="GroupRosterMessages.Contingent"/>.</summary>
    RosterContingent = 106,
    /// <summary><see cref="GroupRosterMessages.NoDocumentNumber"/>.</summary>
    RosterNoDocumentNumber = 107,
    /// <summary><see cref="GroupRosterMessages.NoDate"/>.</summary>
    RosterNoDate = 108,
    /// <summary><see cref="GroupRosterMessages.NameTitleAmbiguous"/>.</summary>
    RosterNameTitleAmbiguous = 109,
    /// <summary><see cref="GroupRosterMessages.LoneSurname"/>.</summary>
    RosterLoneSurname = 110,
    /// <summary><see cref="GroupRosterMessages.CutOff"/>.</summary>
    RosterCutOff = 111,
    /// <summary><see cref="GroupRosterMessages.RunOnNotSplit"/>.</summary>
    RosterRunOnNotSplit = 112,
    /// <summary><see cref="GroupRosterMessages.ReadFailed"/>.</summary>
    RosterReadFailed = 113,
    /// <summary><see cref="GroupRosterMessages.RoleNotRead"/>.</summary>
    RosterRoleNotRead = 114,
}

/// <summary>The code of each message constant, by the constant's name.</summary>
public static class DiagnosticCodes
{
    private static readonly Dictionary<string, DiagnosticCode> ByMessage = Build();

    /// <summary>The code of <paramref name="message"/>; <see cref="DiagnosticCode.Unspecified"/> for a message that is
    /// no constant of <see cref="GazetteMessages"/> or <see cref="GroupRosterMessages"/> (a test keeps every constant coded).</summary>
    public static DiagnosticCode Of(string message) => ByMessage.GetValueOrDefault(message);

    private static Dictionary<string, DiagnosticCode> Build()
    {
        var map = new Dictionary<string, DiagnosticCode>(StringComparer.Ordinal);
        foreach (var (type, prefix) in new[] { (typeof(GazetteMessages), ""), (typeof(GroupRosterMessages), "Roster") })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetRawConstantValue() is string text && Enum.TryParse<DiagnosticCode>(prefix + field.Name, out var code))
                    map.TryAdd(text, code);
            }
        }
        return map;
    }
}
