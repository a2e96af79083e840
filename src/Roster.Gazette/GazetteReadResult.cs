using Roster.Gazette.Groups;

namespace Roster.Gazette;

/// <summary>What <see cref="GazetteParser.Read"/> found in a text: its personnel documents in text order, the group
/// rosters it prints, and what is said of the file as a whole. Every file has an outcome: a document, a roster or a
/// file-level diagnostic (<see cref="GazetteMessages.NoPersonnelDocument"/>, <see cref="GazetteMessages.PersonnelWordingNotRead"/>).</summary>
/// <param name="Notices">The personnel documents (notices, orders, decisions, lists, proposals, reports), in text order.</param>
public sealed record GazetteReadResult(IReadOnlyList<NoticeReading> Notices)
{
    /// <summary>A result with nothing in it (and no file-level diagnostic: used for an empty text only by callers that say so).</summary>
    public static GazetteReadResult Empty { get; } = new([]);

    /// <summary>The group rosters (leading groups, committees, command HQs) read by <see cref="GroupRosterReader"/>, in text order.</summary>
    public IReadOnlyList<RosterReading> Rosters { get; init; } = [];

    /// <summary>Diagnostics about the file as a whole, with the lines they concern.</summary>
    public IReadOnlyList<GazetteDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when every notice was read without diagnostics (also when there are none).</summary>
    public bool IsClean => Notices.All(n => n.IsClean);
}
