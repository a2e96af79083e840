using System.Security.Claims;

namespace Roster.Server.Security;

/// <summary>The claims Roster puts on an authenticated caller, and reading them back.</summary>
public static class Caller
{
    /// <summary>Claim with the office the caller acts for.</summary>
    public const string OfficeClaim = "roster_office";

    /// <summary>Claim with the role name (<see cref="RoleNames"/>).</summary>
    public const string RoleClaim = "roster_role";

    /// <summary>Claim with the API key prefix (absent for JWT callers).</summary>
    public const string KeyClaim = "roster_key";

    /// <summary>True when the caller presented valid credentials.</summary>
    public static bool IsAuthenticated(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    /// <summary>The caller's office, or null.</summary>
    public static string? Office(this ClaimsPrincipal user) => user.FindFirst(OfficeClaim)?.Value;

    /// <summary>The caller's role, or null when unauthenticated or the claim names no role.</summary>
    public static Role? Role(this ClaimsPrincipal user) => user.IsAuthenticated() ? RoleNames.Parse(user.FindFirst(RoleClaim)?.Value) : null;

    /// <summary>The API key prefix, the JWT subject, or <c>anonymous</c>: who to name in logs and rate limits.</summary>
    public static string Key(this ClaimsPrincipal user) =>
        user.FindFirst(KeyClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? "anonymous";
}
