namespace Roster.Server.Security;

/// <summary>What a caller may do; each role includes the ones before it.</summary>
public enum Role
{
    /// <summary>Queries only.</summary>
    Reader = 1,
    /// <summary>Submits orders whose issuer is the key's own office.</summary>
    Clerk = 2,
    /// <summary>Submits orders of any issuer.</summary>
    Editor = 3,
    /// <summary>Everything, including managing API keys.</summary>
    Admin = 4,
}

/// <summary>The role names used in configuration, claims and the database: <c>reader</c>, <c>clerk</c>, <c>editor</c>, <c>admin</c>.</summary>
public static class RoleNames
{
    /// <summary>The lower-case name of <paramref name="role"/>.</summary>
    public static string Of(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>The role named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static Role? Parse(string? name) =>
        Enum.TryParse<Role>(name?.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(name, out _) ? role : null;
}
