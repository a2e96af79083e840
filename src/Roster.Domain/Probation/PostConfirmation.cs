namespace Roster.Domain.Probation;

/// <summary>One probation confirmation (试用期满考核合格，正式任职 / 转正) as it bears on one post's timeline.</summary>
/// <param name="On">The confirmation date (a calendar date; the probation counts as confirmed from it on).</param>
/// <param name="Person">Canonical person name.</param>
/// <param name="Source">What records it: the canonical document number of a CONFIRM_PROBATION order, or the source (a document
/// reference or free text) given to <c>ConfirmProbation</c>.</param>
/// <param name="Position">The item's position in its order; -1 for a confirmation recorded through the API.</param>
public sealed record PostConfirmation(DateOnly On, string Person, string Source, int Position = -1);
