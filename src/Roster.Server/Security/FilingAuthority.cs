using System.Security.Claims;
using Roster.Domain.Names;
using Roster.Domain.Orders;

namespace Roster.Server.Security;

/// <summary>
/// Who may file which order: a clerk only orders whose issuer is its own office; editors and admins any order. Every
/// write attempt is written to the log as an audit entry naming the key and its office (there is no audit table yet):
/// <c>Audit: key {Key} of {Office} filed {DocumentNumber} of {Issuer}: {Outcome}</c>.
/// </summary>
public sealed partial class FilingAuthority(ILogger<FilingAuthority> logger)
{
    /// <summary>The order to store, with the caller's office as the submitting office; throws
    /// <see cref="PermissionDeniedException"/> (and logs the refusal) when the caller may not file it.</summary>
    public Order Authorize(ClaimsPrincipal user, Order order)
    {
        var office = user.Office() ?? "";
        if (user.Role() is Role.Clerk && TextForm.Compact(office) != TextForm.Compact(order.Issuer))
        {
            LogDenied(user.Key(), office, order.DocumentNumber.ToString(), order.Issuer);
            throw new PermissionDeniedException("ISSUER_NOT_OWN_OFFICE",
                $"a clerk key of {TextForm.Quote(office)} cannot file orders of {TextForm.Quote(order.Issuer)}");
        }
        return order with { Source = order.Source with { SubmittedBy = office.Length > 0 ? office : order.Source.SubmittedBy } };
    }

    /// <summary>Logs the outcome of a write that was allowed.</summary>
    public void Filed(ClaimsPrincipal user, Order order, string outcome) =>
        LogAudit(user.Key(), user.Office() ?? "-", order.DocumentNumber.ToString(), order.Issuer, outcome);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Audit: key {Key} of {Office} was DENIED filing {DocumentNumber} of {Issuer}: a clerk files only its own office's orders; nothing stored")]
    private partial void LogDenied(string key, string office, string documentNumber, string issuer);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Audit: key {Key} of {Office} filed {DocumentNumber} of {Issuer}: {Outcome}")]
    private partial void LogAudit(string key, string office, string documentNumber, string issuer, string outcome);
}
