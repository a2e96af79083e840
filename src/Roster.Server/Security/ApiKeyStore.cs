using Microsoft.EntityFrameworkCore;
using Roster.Data;
using Roster.Data.Entities;
using Roster.Domain.Errors;
using Roster.Domain.Names;

namespace Roster.Server.Security;

/// <summary>Creates, finds, lists and revokes API keys in the database.</summary>
public sealed class ApiKeyStore(RosterDbContext db, TimeProvider clock)
{
    /// <summary>Who created keys made on the server machine (<c>roster-server admin key create</c>).</summary>
    public const string CreatedOnServer = "database";

    /// <summary>Creates a key for <paramref name="office"/> with <paramref name="role"/>; returns the stored row and the
    /// whole key, which is not stored and cannot be shown again.</summary>
    public async Task<(ApiKeyEntity Stored, string Key)> CreateAsync(string office, Role role, string createdBy, CancellationToken cancellationToken)
    {
        var compact = TextForm.Compact(office);
        if (compact.Length == 0) throw new InvalidInputException("FIELD_REQUIRED", "office", "office is required, e.g. 阳泉市人民政府");
        if (TextForm.NameProblem("office", compact, 100) is { } problem) throw new InvalidInputException("FIELD_INVALID", "office", problem);
        var (key, prefix) = ApiKeySecret.Generate();
        var entity = new ApiKeyEntity
        {
            Prefix = prefix, Sha256 = ApiKeySecret.Hash(key), Office = compact, Role = RoleNames.Of(role),
            CreatedAt = clock.StoredUtcNow(), CreatedBy = createdBy,
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return (entity, key);
    }

    /// <summary>The valid (not revoked) key that <paramref name="key"/> is, or null.</summary>
    public async Task<ApiKeyEntity?> FindValidAsync(string key, CancellationToken cancellationToken)
    {
        if (ApiKeySecret.PrefixOf(key) is not { } prefix) return null;
        var stored = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        return stored is { RevokedAt: null } && ApiKeySecret.Matches(key, stored.Sha256) ? stored : null;
    }

    /// <summary>Keys, newest first; revoked ones only when asked.</summary>
    public async Task<IReadOnlyList<ApiKeyEntity>> ListAsync(bool includeRevoked, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().Where(k => includeRevoked || k.RevokedAt == null).OrderByDescending(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>Revokes the key with <paramref name="prefixOrKey"/> (a prefix or a whole key); NOT_FOUND if none.</summary>
    public async Task<ApiKeyEntity> RevokeAsync(string prefixOrKey, CancellationToken cancellationToken)
    {
        var prefix = ApiKeySecret.PrefixOf(prefixOrKey) ?? prefixOrKey.Trim();
        if (prefix.Length != ApiKeySecret.PrefixLength) throw new InvalidInputException("FIELD_INVALID", "prefix", $"a key prefix has {ApiKeySecret.PrefixLength} characters");
        var stored = await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken)
            ?? throw new NotFoundException("KEY_NOT_FOUND", $"no API key with prefix {TextForm.Quote(prefix)}");
        if (stored.RevokedAt is null)
        {
            stored.RevokedAt = clock.StoredUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return stored;
    }
}
