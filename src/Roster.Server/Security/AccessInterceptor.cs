using Roster.Domain.Errors;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;
using Roster.Server.Hosting;

namespace Roster.Server.Security;

/// <summary>
/// Checks every call against <see cref="AccessPolicy"/>: credentials that were sent but are not valid are UNAUTHENTICATED
/// (even for reads), a call that needs a role without credentials is UNAUTHENTICATED, one whose role is too low is
/// PERMISSION_DENIED. Exceptions are translated by <see cref="Errors.ErrorInterceptor"/>.
/// </summary>
public sealed partial class AccessInterceptor(IOptionsMonitor<RosterOptions> options, ILogger<AccessInterceptor> logger) : Interceptor
{
    /// <inheritdoc />
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, context);
    }

    /// <inheritdoc />
    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, responseStream, context);
    }

    private void Check(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        var user = http.User;
        var required = AccessPolicy.RequiredRole(context.Method);
        var presented = ApiKeyAuthentication.KeyOf(http.Request) is not null || http.Request.Headers.Authorization.Count > 0;
        if (presented && !user.IsAuthenticated())
        {
            LogRefused(context.Method, "invalid credentials", "-");
            throw new UnauthenticatedException("CREDENTIALS_INVALID", "the API key or token is unknown, malformed, expired or revoked");
        }
        if (AccessPolicy.Allows(required, user.Role(), options.CurrentValue.AllowAnonymousReads)) return;
        if (!user.IsAuthenticated())
        {
            LogRefused(context.Method, "no credentials", "-");
            throw new UnauthenticatedException("CREDENTIALS_REQUIRED",
                $"{context.Method} needs an API key with role {RoleNames.Of(required!.Value)} or higher: send 'authorization: Bearer rk_…'");
        }
        LogRefused(context.Method, $"role {user.FindFirst(Caller.RoleClaim)?.Value}", user.Office() ?? "-");
        throw new PermissionDeniedException("ROLE_INSUFFICIENT", $"{context.Method} needs role {RoleNames.Of(required!.Value)} or higher");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method}: {Why} (office {Office})")]
    private partial void LogRefused(string method, string why, string office);
}
