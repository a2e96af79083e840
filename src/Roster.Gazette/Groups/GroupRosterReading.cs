using Roster.Domain.Groups;

namespace Roster.Gazette.Groups;

/// <summary>One roster read from a gazette, with what could not be read inside it.</summary>
/// <param name="Draft">The roster as read; null when a problem kept it from being read at all (a contingent group, no seats).
/// A roster with no document number or date is still returned, with its seats, and blocked.</param>
/// <param name="Diagnostics">Leftovers and problems, by line.</param>
/// <param name="Blocking">True when a diagnostic means the seats may be incomplete: the roster must not be imported.</param>
public sealed record RosterReading(RosterDraft? Draft, IReadOnlyList<GazetteDiagnostic> Diagnostics, bool Blocking)
{
    /// <summary>True when the roster can be imported: read, and nothing blocks it (informational leftovers may remain).</summary>
    public bool IsImportable => Draft is not null && !Blocking;

    /// <summary>The succession sentence (成员如有变动…自然替补) as printed, compact, with its line; recorded, never a seat.</summary>
    public (int Line, string Text)? Succession { get; init; }
}
