using Roster.Domain.Time;

namespace Roster.Domain.Probation;

/// <summary>A probation confirmation as received by <c>ProbationService.ConfirmProbation</c>, before validation: names as
/// printed, the date as received (possibly impossible).</summary>
public sealed record ConfirmationDraft
{
    /// <summary>Person as printed.</summary>
    public string? Person { get; init; }
    /// <summary>Organisation as printed ("市…" resolves against the submitting office's jurisdiction).</summary>
    public string? Organization { get; init; }
    /// <summary>Title as printed.</summary>
    public string? Title { get; init; }
    /// <summary>The confirmation date.</summary>
    public CalendarDate? ConfirmedOn { get; init; }
    /// <summary>A document reference or free text naming where the confirmation is recorded.</summary>
    public string? Source { get; init; }
    /// <summary>The submitting office or key; also the jurisdiction "市…" is read in.</summary>
    public string? SubmittedBy { get; init; }
}
