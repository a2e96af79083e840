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

    /// <summary>True for a correction notice (更正, 撤销): it corrects an earlier order and is never read as new appointments.
    /// A revocation whose body names exactly one order ("撤销…（阳政任字〔2022〕4号）") is clean, with
    /// <see cref="OrderDraft.Corrects"/> set and no items; any other correction carries the target it names (when exactly one)
    /// and a <see cref="GazetteMessages.Correction"/> diagnostic, so it is held as a draft.</summary>
    public bool IsCorrection { get; init; }

    /// <summary>The form of the document: Notice, PresidentialOrder, Decision, AppointmentList, Proposal or Report
    /// (docs/reader.md). A proposal and a report are never clean: they carry the diagnostic that holds them.</summary>
    public string Form { get; init; } = "Notice";
}
