using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Tenures;

namespace Roster.Domain.Filing;

/// <summary>
/// Who may write what (docs/orders.md, filing): a clerk files only orders whose issuer is its own office, and confirms a
/// probation only when its office issued the order that appointed the person with that probation; an editor or admin may do
/// both for any issuer. Offices compare by their compact text. A refusal is <see cref="PermissionDeniedException"/>
/// (PERMISSION_DENIED); the server audits it like every refused write.
/// </summary>
public static class FilingRules
{
    /// <summary>Reason code: a clerk filing an order of another issuer.</summary>
    public const string NotOwnOfficeReason = "ISSUER_NOT_OWN_OFFICE";

    /// <summary>Reason code: a clerk confirming a probation set by another office's order.</summary>
    public const string ProbationOfAnotherOfficeReason = "PROBATION_OF_ANOTHER_OFFICE";

    /// <summary>Throws <see cref="PermissionDeniedException"/> (<see cref="NotOwnOfficeReason"/>) when <paramref name="filer"/>
    /// may not file <paramref name="order"/>.</summary>
    public static void EnsureMayFile(Filer filer, Order order)
    {
        if (filer.OwnOfficeOnly && !SameOffice(filer.Office, order.Issuer))
            throw new PermissionDeniedException(NotOwnOfficeReason,
                $"a clerk key of {TextForm.Quote(filer.Office ?? "")} cannot file orders of {TextForm.Quote(order.Issuer)}");
    }

    /// <summary>Throws <see cref="PermissionDeniedException"/> (<see cref="ProbationOfAnotherOfficeReason"/>) when
    /// <paramref name="filer"/> may not confirm the probation of <paramref name="tenure"/>, whose appointing order
    /// (<see cref="Tenure.StartedBy"/>) was issued by <paramref name="appointingIssuer"/> (null when that order is not recorded,
    /// which only an editor or admin may then confirm).</summary>
    public static void EnsureMayConfirm(Filer filer, Tenure tenure, string? appointingIssuer)
    {
        if (!filer.OwnOfficeOnly || (appointingIssuer is not null && SameOffice(filer.Office, appointingIssuer))) return;
        var by = appointingIssuer is null ? "an order not recorded" : $"{tenure.StartedBy} of {TextForm.Quote(appointingIssuer)}";
        throw new PermissionDeniedException(ProbationOfAnotherOfficeReason,
            $"a clerk key of {TextForm.Quote(filer.Office ?? "")} cannot confirm the probation of {tenure.Person} as {tenure.Post}: "
            + $"it was set by {by}; that office, an editor or an admin confirms it");
    }

    /// <summary>Reason code: a clerk recording the lineage of another office's organisation.</summary>
    public const string LineageOfAnotherOfficeReason = "LINEAGE_OF_ANOTHER_OFFICE";

    /// <summary>Throws <see cref="PermissionDeniedException"/> (<see cref="LineageOfAnotherOfficeReason"/>) when
    /// <paramref name="filer"/> may not record a lineage event issued by <paramref name="issuer"/> (the office whose decision
    /// renamed, merged or abolished the organisation, as for an order's issuer): a clerk records only its own office's.</summary>
    public static void EnsureMayRecordLineage(Filer filer, string issuer)
    {
        if (filer.OwnOfficeOnly && !SameOffice(filer.Office, issuer))
            throw new PermissionDeniedException(LineageOfAnotherOfficeReason,
                $"a clerk key of {TextForm.Quote(filer.Office ?? "")} cannot record lineage decided by {TextForm.Quote(issuer)}");
    }

    private static bool SameOffice(string? office, string issuer) =>
        office is not null && TextForm.Compact(office) == TextForm.Compact(issuer);
}
