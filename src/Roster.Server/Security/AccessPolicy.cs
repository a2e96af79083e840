namespace Roster.Server.Security;

/// <summary>
/// The role each gRPC method needs. AdminService and AuditService: admin. SubmitOrder: clerk (and the issuer check of
/// <see cref="FilingAuthority"/>); ProbationService.ConfirmProbation and OrganizationService.RecordLineage: clerk. Other methods named Get…, List…, Search…, Parse…, Watch…: reader (anonymous when
/// <c>Roster:AllowAnonymousReads</c> is on). Any other method writes and needs an editor. Health and reflection: anyone.
/// </summary>
public static class AccessPolicy
{
    private static readonly string[] ReadVerbs = ["Get", "List", "Search", "Parse", "Watch", "Check"];

    /// <summary>The role <paramref name="method"/> (<c>/package.Service/Method</c>) needs, or null when anyone may call it.</summary>
    public static Role? RequiredRole(string method)
    {
        var slash = method.LastIndexOf('/');
        var service = method[..Math.Max(slash, 0)].TrimStart('/');
        var name = method[(slash + 1)..];
        if (service.StartsWith("grpc.health.", StringComparison.Ordinal) || service.StartsWith("grpc.reflection.", StringComparison.Ordinal)) return null;
        // The audit trail names keys and offices: for admins only.
        if (service is "roster.v1.AdminService" or "roster.v1.AuditService") return Role.Admin;
        if (method == "/roster.v1.OrderService/SubmitOrder") return Role.Clerk;
        // A confirmation (转正) is filed like an order by the personnel office; it is recorded as submitted by the caller's office.
        if (method == "/roster.v1.ProbationService/ConfirmProbation") return Role.Clerk;
        // A lineage event is decided by an office like an order; FilingRules confines a clerk to its own office's.
        if (method == "/roster.v1.OrganizationService/RecordLineage") return Role.Clerk;
        return ReadVerbs.Any(v => name.StartsWith(v, StringComparison.Ordinal)) ? Role.Reader : Role.Editor;
    }

    /// <summary>True when <paramref name="method"/> may change the database: it needs a role and is not named as a read
    /// (Get…, List…, …). Every write is audited (<see cref="Audit.AuditedWrites"/>).</summary>
    public static bool IsWrite(string method) =>
        RequiredRole(method) is not null
        && !ReadVerbs.Any(v => method[(method.LastIndexOf('/') + 1)..].StartsWith(v, StringComparison.Ordinal));

    /// <summary>True when a caller with <paramref name="role"/> (null: anonymous) may call a method needing <paramref name="required"/>.</summary>
    public static bool Allows(Role? required, Role? role, bool allowAnonymousReads) => required switch
    {
        null => true,
        Role.Reader when allowAnonymousReads => true,
        _ => role >= required,
    };
}
