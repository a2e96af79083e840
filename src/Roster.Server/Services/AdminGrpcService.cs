using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Roster.Data.Entities;
using Roster.Domain.Errors;
using Roster.Protos.V1;
using Roster.Server.Security;
using ProtoRole = Roster.Protos.V1.Role;
using Role = Roster.Server.Security.Role;

namespace Roster.Server.Services;

/// <summary>roster.v1.AdminService: API keys. The admin role is checked by <see cref="AccessInterceptor"/>.</summary>
public sealed class AdminGrpcService(ApiKeyStore keys) : AdminService.AdminServiceBase
{
    /// <inheritdoc />
    public override async Task<CreateApiKeyResponse> CreateApiKey(CreateApiKeyRequest request, ServerCallContext context)
    {
        var role = request.Role is ProtoRole.Reader or ProtoRole.Clerk or ProtoRole.Editor or ProtoRole.Admin
            ? (Role)(int)request.Role
            : throw new InvalidInputException("ROLE_INVALID", "role", "role must be ROLE_READER, ROLE_CLERK, ROLE_EDITOR or ROLE_ADMIN");
        var (stored, key) = await keys.CreateAsync(request.Office, role, context.GetHttpContext().User.Office() ?? "admin", context.CancellationToken);
        return new CreateApiKeyResponse { Key = ToWire(stored), Secret = key };
    }

    /// <inheritdoc />
    public override async Task<ListApiKeysResponse> ListApiKeys(ListApiKeysRequest request, ServerCallContext context) =>
        new() { Keys = { (await keys.ListAsync(request.IncludeRevoked, context.CancellationToken)).Select(ToWire) } };

    /// <inheritdoc />
    public override async Task<RevokeApiKeyResponse> RevokeApiKey(RevokeApiKeyRequest request, ServerCallContext context) =>
        new() { Key = ToWire(await keys.RevokeAsync(request.Prefix, context.CancellationToken)) };

    /// <summary>The wire form of a stored key (never its hash).</summary>
    public static ApiKey ToWire(ApiKeyEntity key) => new()
    {
        Prefix = key.Prefix,
        Office = key.Office,
        Role = RoleNames.Parse(key.Role) is { } role ? (ProtoRole)(int)role : ProtoRole.Unspecified,
        CreatedAt = Timestamp.FromDateTime(DateTime.SpecifyKind(key.CreatedAt, DateTimeKind.Utc)),
        RevokedAt = key.RevokedAt is { } revoked ? Timestamp.FromDateTime(DateTime.SpecifyKind(revoked, DateTimeKind.Utc)) : null,
        CreatedBy = key.CreatedBy,
    };
}
