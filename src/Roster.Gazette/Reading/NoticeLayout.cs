using Roster.Domain.Names;
using Roster.Domain.Time;

namespace Roster.Gazette.Reading;

/// <summary>Where the parts of one personnel document lie in the gazette lines (0-based indices).</summary>
/// <param name="Number">The document number; null when the document prints none (a decision of a people's congress).</param>
/// <param name="Issuer">The issuing office from the heading or signature; null when neither has one.</param>
/// <param name="TitleText">The title from 关于 on, compact: 关于赵海金等四人任免职务的通知 (for a presidential order,
/// the order's heading and number).</param>
/// <param name="TitleLine">1-based line of the title's start (for diagnostics about the title).</param>
/// <param name="Start">Index of the first line: the issuer heading, else the title line.</param>
/// <param name="BodyFrom">Index of the first body line (after the title or document number).</param>
/// <param name="BodyTo">Index of the last body line (before the signature); may be before <paramref name="BodyFrom"/>.</param>
/// <param name="IssuedOn">The date under the signature, if found.</param>
/// <param name="End">Index of the last line: the release note, else the date line, else the last body line.</param>
/// <param name="Diagnostics">Problems with the frame of the notice (no issuer, no date).</param>
/// <param name="IsCorrection">True for a correction notice (更正 or 撤销) of a personnel notice.</param>
internal sealed record NoticeLayout(
    DocumentNumber? Number, string? Issuer, string TitleText, int TitleLine, int Start, int BodyFrom, int BodyTo,
    CalendarDate? IssuedOn, int End, IReadOnlyList<GazetteDiagnostic> Diagnostics, bool IsCorrection = false)
{
    /// <summary>Which form of personnel document this is.</summary>
    public DocumentForm Form { get; init; } = DocumentForm.Notice;

    /// <summary>The full title as recorded; null for issuer + <see cref="TitleText"/>.</summary>
    public string? FullTitle { get; init; }

    /// <summary>True when the date under the signature was missing and another date stands in for it.</summary>
    public string? DateNote { get; init; }
}
