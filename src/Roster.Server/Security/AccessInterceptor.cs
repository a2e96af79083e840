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
        if (Refusal(context.GetHttpContext(), context.Method, options.CurrentValue.AllowAnonymousReads) is not { } refusal) return;
        LogRefused(context.Method, refusal.Why, refusal.Office);
        throw refusal.Error;
    }

    /// <summary>Why <paramref name="http"/>'s caller may not call <paramref name="method"/> ("/roster.v1.PeopleService/JudgePeople"):
    /// an <see cref="UnauthenticatedException"/> or <see cref="PermissionDeniedException"/> with what to log; null when allowed.
    /// Also asked before an HTTP/JSON body is read (<see cref="Http.StrictJsonBodies"/>), so a caller without the right key learns
    /// that first, not what is wrong with its body.</summary>
    public static (RosterException Error, string Why, string Office)? Refusal(HttpContext http, string method, bool allowAnonymousReads)
    {
        var user = http.User;
        var required = AccessPolicy.RequiredRole(method);
        var presented = ApiKeyAuthentication.KeyOf(http.Request) is not null || http.Request.Headers.Authorization.Count > 0;
        if (presented && !user.IsAuthenticated())
        {
            var (reason, message) = ApiKeyAuthentication.FailureOf(http)
                ?? (ApiKeyAuthentication.InvalidReason, "the API key or token is unknown, malformed, expired or revoked");
            return (new UnauthenticatedException(reason, message), "invalid credentials", "-");
        }
        if (AccessPolicy.Allows(required, user.Role(), allowAnonymousReads)) return null;
        if (!user.IsAuthenticated())
            return (new UnauthenticatedException("CREDENTIALS_REQUIRED",
                $"{method} needs an API key with role {RoleNames.Of(required!.Value)} or higher: send 'authorization: Bearer rk_…'"), "no credentials", "-");
        return (new PermissionDeniedException("ROLE_INSUFFICIENT", $"{method} needs role {RoleNames.Of(required!.Value)} or higher"),
            $"role {user.FindFirst(Caller.RoleClaim)?.Value}", user.Office() ?? "-");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method}: {Why} (office {Office})")]
    private partial void LogRefused(string method, string why, string office);
}
