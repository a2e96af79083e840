namespace Roster.Data.Ledger;

/// <summary>How to submit an order.</summary>
/// <param name="ValidateOnly">Check everything, report warnings, store nothing.</param>
/// <param name="RejectConflicts">Turn warnings, and any anomaly the order would introduce, into FAILED_PRECONDITION (<see cref="Roster.Domain.Errors.PreconditionFailedException"/>).</param>
public sealed record SubmitOptions(bool ValidateOnly = false, bool RejectConflicts = false);
