using Roster.Domain.Filing;

namespace Roster.Data.Ledger;

/// <summary>How to submit an order.</summary>
/// <param name="ValidateOnly">Check everything, report warnings, store nothing.</param>
/// <param name="RejectConflicts">Turn warnings, and any anomaly the order would introduce, into FAILED_PRECONDITION (<see cref="Roster.Domain.Errors.PreconditionFailedException"/>).</param>
/// <param name="Filer">Who files it, for the rules that depend on recorded facts (<see cref="FilingRules.EnsureMayConfirm"/> for its
/// CONFIRM_PROBATION items); null for a filer that may write for any issuer (the seed import, an editor, an admin).</param>
public sealed record SubmitOptions(bool ValidateOnly = false, bool RejectConflicts = false, Filer? Filer = null);
