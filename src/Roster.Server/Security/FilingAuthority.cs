using System.Security.Claims;
using Roster.Domain.Errors;
using Roster.Domain.Filing;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

namespace Roster.Server.Security;

/// <summary>
/// Applies the domain's filing rules (<see cref="FilingRules"/>) to an authenticated caller: a clerk key acts for its own
/// office only, and files no order about an organisation clearly of another jurisdiction; editors and admins for any issuer. Refusals are <see cref="PermissionDeniedException"/>; the audit trail
/// (<see cref="Audit.AuditInterceptor"/>) records them with every other write attempt, and filed orders are also logged:
/// <c>Audit: key {Key} of {Office} filed {DocumentNumber} of {Issuer}: {Outcome}</c>.
/// </summary>
public sealed partial class FilingAuthority(ReferenceTables tables, ILogger<FilingAuthority> logger)
{
    /// <summary>The filer the caller is: its office, confined to it when its role is clerk.</summary>
    public static Filer FilerOf(ClaimsPrincipal user) => new(user.Office(), user.Role() is Role.Clerk);

    /// <summary>The order to store, with the caller's office as the submitting office; throws
    /// <see cref="PermissionDeniedException"/> (and logs the refusal) when the caller may not file it.</summary>
    public Order Authorize(ClaimsPrincipal user, Order order)
    {
        var office = user.Office() ?? "";
        try
        {
            FilingRules.EnsureMayFile(FilerOf(user), order);
            FilingRules.EnsureItemsWithinJurisdiction(FilerOf(user), order, tables);
        }
        catch (PermissionDeniedException)
        {
            LogDenied(user.Key(), office, order.DocumentNumber.ToString(), order.Issuer);
            throw;
        }
        return order with { Source = order.Source with { SubmittedBy = office.Length > 0 ? office : order.Source.SubmittedBy } };
    }

    /// <summary>Logs the outcome of a write that was allowed.</summary>
    public void Filed(ClaimsPrincipal user, Order order, string outcome) =>
        LogAudit(user.Key(), user.Office() ?? "-", order.DocumentNumber.ToString(), order.Issuer, outcome);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Audit: key {Key} of {Office} was DENIED filing {DocumentNumber} of {Issuer}: a clerk files only its own office's orders about its own jurisdiction; nothing stored")]
    private partial void LogDenied(string key, string office, string documentNumber, string issuer);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Audit: key {Key} of {Office} filed {DocumentNumber} of {Issuer}: {Outcome}")]
    private partial void LogAudit(string key, string office, string documentNumber, string issuer, string outcome);
}
