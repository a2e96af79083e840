using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.People;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Domain.Filing;

/// <summary>
/// Who may write what (docs/orders.md, filing): a clerk files only orders whose issuer is its own office, and confirms a
/// probation only when its office issued the order that appointed the person with that probation (by the RPC or by an order's
/// CONFIRM_PROBATION item, docs/decisions.md 76), names in its orders no organisation clearly of another city (78) and records
/// lineage only of its own jurisdiction's organisations (77); an editor or admin may do all of it for any issuer. Offices compare by their compact text. A refusal is <see cref="PermissionDeniedException"/>
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
    /// <remarks>The same rule holds for a CONFIRM_PROBATION item of an order the clerk files under its own issuer: then
    /// <paramref name="item"/> is the item's request path (<c>order.items[0]</c>), named in the refusal.</remarks>
    public static void EnsureMayConfirm(Filer filer, Tenure tenure, string? appointingIssuer, string? item = null)
    {
        if (!filer.OwnOfficeOnly || (appointingIssuer is not null && SameOffice(filer.Office, appointingIssuer))) return;
        var by = appointingIssuer is null ? "an order not recorded" : $"{tenure.StartedBy} of {TextForm.Quote(appointingIssuer)}";
        var message = $"a clerk key of {TextForm.Quote(filer.Office ?? "")} cannot confirm the probation of {tenure.Person} as {tenure.Post}: "
            + $"it was set by {by}; that office, an editor or an admin confirms it";
        throw item is null
            ? new PermissionDeniedException(ProbationOfAnotherOfficeReason, message)
            : new PermissionDeniedException(ProbationOfAnotherOfficeReason, item, $"{item}: {message}");
    }

    /// <summary>Reason code: a clerk's order naming an organisation of another jurisdiction.</summary>
    public const string OrganizationOfAnotherJurisdictionReason = "ORGANIZATION_OF_ANOTHER_JURISDICTION";

    /// <summary>Throws <see cref="PermissionDeniedException"/> (<see cref="OrganizationOfAnotherJurisdictionReason"/>, naming
    /// <c>order.items[i].organization</c>) when <paramref name="filer"/> is a clerk and an item of <paramref name="order"/> names an
    /// organisation that is clearly of another place of the same level as the clerk's office (<c>阳泉市公安局</c> in an order filed
    /// by a clerk of 太原市人民政府; <see cref="OrganizationJurisdiction.IsClearlyOutside"/>). Where the name leaves it uncertain
    /// (a province's office over its cities, a county, an office whose jurisdiction is no place) nothing is refused: the rule
    /// refuses what is certain, not what is guessed. Editors and admins file anything.</summary>
    public static void EnsureItemsWithinJurisdiction(Filer filer, Order order, ReferenceTables tables)
    {
        if (!filer.OwnOfficeOnly) return;
        var jurisdiction = Jurisdictions.OfIssuer(filer.Office, tables);
        foreach (var item in order.Items)
        {
            if (!OrganizationJurisdiction.IsClearlyOutside(item.Post.Organization, jurisdiction)) continue;
            var field = $"order.items[{item.Position}].organization";
            throw new PermissionDeniedException(OrganizationOfAnotherJurisdictionReason, field,
                $"{field}: a clerk key of {TextForm.Quote(filer.Office ?? "")} cannot file an order about {item.Post.Organization}, "
                + $"an organisation of {OrganizationJurisdiction.LeadingPlace(item.Post.Organization)}, not of {jurisdiction}; "
                + "that jurisdiction's office, an editor or an admin files it");
        }
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

    /// <summary>Throws <see cref="PermissionDeniedException"/> (<see cref="LineageOfAnotherOfficeReason"/>, naming
    /// <paramref name="field"/>) when <paramref name="filer"/> is a clerk and <paramref name="organization"/> (a canonical name the
    /// event is about: the organisation, its new name or the related one) is not named inside the jurisdiction of the clerk's
    /// office (<see cref="Jurisdictions.OfIssuer"/>; <see cref="OrganizationJurisdiction.IsWithin"/>). Stricter than for orders:
    /// a lineage event rewrites how every answer about the organisation reads, so a clerk records it only for its own
    /// jurisdiction's organisations, and an editor or admin for the rest (a county's, a province's).</summary>
    public static void EnsureMayRecordLineageOf(Filer filer, string organization, string field, ReferenceTables tables)
    {
        if (!filer.OwnOfficeOnly) return;
        var jurisdiction = Jurisdictions.OfIssuer(filer.Office, tables);
        if (OrganizationJurisdiction.IsWithin(organization, jurisdiction)) return;
        throw new PermissionDeniedException(LineageOfAnotherOfficeReason, field,
            $"{field}: a clerk key of {TextForm.Quote(filer.Office ?? "")} records lineage only of organisations of {TextForm.Quote(jurisdiction)}, "
            + $"not of {TextForm.Quote(organization)}; an editor or an admin records it");
    }

    private static bool SameOffice(string? office, string issuer) =>
        office is not null && TextForm.Compact(office) == TextForm.Compact(issuer);
}
