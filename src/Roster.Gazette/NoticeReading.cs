using Roster.Domain.Orders;

namespace Roster.Gazette;

/// <summary>
/// One personnel notice read from a gazette: the order draft (names and organisations as resolved, line span
/// in <see cref="OrderDraft.Source"/>) and whatever inside the notice could not be read.
/// </summary>
/// <param name="Draft">The order as read. Items that could not be read are missing from it.</param>
/// <param name="Diagnostics">Lines of the notice the parser could not read, in line order.</param>
public sealed record NoticeReading(OrderDraft Draft, IReadOnlyList<GazetteDiagnostic> Diagnostics)
{
    /// <summary>True when every line of the notice was read. A notice that is not clean is a draft for a
    /// person to check, not one to submit blindly.</summary>
    public bool IsClean => Diagnostics.Count == 0;

    /// <summary>True for a correction notice (更正): it amends an earlier order, is never read as new appointments
    /// and always carries a <see cref="GazetteMessages.Correction"/> diagnostic, so it is held as a draft.</summary>
    public bool IsCorrection { get; init; }
}
