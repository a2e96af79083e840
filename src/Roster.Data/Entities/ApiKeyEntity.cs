namespace Roster.Data.Entities;

/// <summary>An API key: its public prefix, a SHA-256 of the whole key (never the key itself), the office it acts
/// for and its role. Keys are revoked, never deleted, so the office behind an old write stays known.</summary>
public sealed class ApiKeyEntity
{
    public long Id { get; set; }
    /// <summary>Public lookup part of the key (<c>rk_PREFIX_secret</c>); unique.</summary>
    public required string Prefix { get; set; }
    /// <summary>SHA-256 of the whole key, lower-case hex.</summary>
    public required string Sha256 { get; set; }
    /// <summary>The office the key acts for, e.g. 阳泉市公安局.</summary>
    public required string Office { get; set; }
    /// <summary>reader, clerk, editor or admin.</summary>
    public required string Role { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The office of the admin key that created it, or <c>database</c>.</summary>
    public required string CreatedBy { get; set; }
    /// <summary>Null while the key is valid.</summary>
    public DateTime? RevokedAt { get; set; }
}
