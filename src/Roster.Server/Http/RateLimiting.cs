using System.Threading.RateLimiting;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.RateLimiting;
using Roster.Server.Errors;
using Roster.Server.Hosting;
using Roster.Server.Security;
using Roster.Server.Telemetry;

namespace Roster.Server.Http;

/// <summary>
/// Per-caller rate limiting with the ASP.NET Core rate limiter: a fixed window per API key (per client address when
/// anonymous). A refused gRPC call ends with RESOURCE_EXHAUSTED and an ErrorInfo <c>RATE_LIMITED</c>, never the
/// limiter's default 503 (which gRPC clients read as UNAVAILABLE and retry); a refused HTTP/JSON call gets 429.
/// </summary>
public static class RateLimiting
{
    /// <summary>The ErrorInfo reason of a refused call.</summary>
    public const string Reason = "RATE_LIMITED";

    /// <summary>Adds the limiter configured by <c>Roster:RateLimit</c> (nothing when its permit limit is 0).</summary>
    public static IServiceCollection AddRosterRateLimiting(this IServiceCollection services, RateLimitOptions options)
    {
        if (options.PermitLimit <= 0) return services;
        var window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds));
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                // Probes and scrapes are the orchestrator's, not a client's: a busy one must not find the server "down".
                HealthChecks.HealthEndpoints.IsProbe(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("probes")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitLimit, Window = window, QueueLimit = 0,
                    }));
            limiter.OnRejected = (rejected, _) => new ValueTask(RejectAsync(rejected.HttpContext, options, window));
        });
    }

    private static string PartitionOf(HttpContext context) =>
        context.User.IsAuthenticated() ? "key:" + context.User.Key() : "address:" + context.Connection.RemoteIpAddress;

    private static async Task RejectAsync(HttpContext context, RateLimitOptions options, TimeSpan window)
    {
        var presented = Security.ApiKeyAuthentication.KeyOf(context.Request) is not null || context.Request.Headers.Authorization.Count > 0;
        var per = context.User.IsAuthenticated() ? "per key"
            : presented ? "per client address (the credentials sent are not valid, so they count as none)"
            : "per client address (send a key for a limit of its own)";
        var message = $"rate limit: {options.PermitLimit} requests per {window.TotalSeconds:0} s {per}; retry later";
        var response = context.Response;
        response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.RequestServices.GetService<RpcMetrics>()?.Record(context.Request.Path, "RESOURCE_EXHAUSTED", TimeSpan.Zero);
        await Audit.UnreadRequestAudit.RecordAsync(context, Grpc.Core.StatusCode.ResourceExhausted, Reason, message);
        var status = StatusBodies.Refusal(Grpc.Core.StatusCode.ResourceExhausted, Reason, message);
        if (StatusBodies.IsGrpc(context.Request))
        {
            StatusBodies.WriteGrpcTrailers(context, status);
            return;
        }
        await StatusBodies.WriteJsonAsync(context, StatusCodes.Status429TooManyRequests, status);
    }
}
