using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Roster.Data.Audit;

namespace Roster.Server.Audit;

/// <summary>
/// Audits the write calls refused before <see cref="AuditInterceptor"/> could see them: a gRPC message larger than the
/// size cap (RESOURCE_EXHAUSTED from the framework), an HTTP/JSON body the transcoder cannot read (400), a rate-limited
/// call (429). Such a call never reaches an interceptor, so without this middleware the refusal would leave no audit
/// row. The row names the RPC, the caller and the request id, an empty target (the request was never read), the status,
/// and the reason <see cref="Reason"/>. A refusal made by one of Roster's own layers (<see cref="RecordAsync"/>) is
/// stored before its answer is written, so a client that reads the audit trail right after the answer finds the row;
/// one made by the framework can only be seen, and stored, once the answer is complete.
/// </summary>
public static partial class UnreadRequestAudit
{
    /// <summary>The reason recorded for a write refused before its request was read.</summary>
    public const string Reason = "REQUEST_NOT_READ";

    private static readonly object Seen = new();

    /// <summary>Stores the audit row of a call a layer before the interceptors is about to refuse with
    /// <paramref name="code"/>, <paramref name="reason"/> and <paramref name="message"/>; call it before writing the
    /// answer. Does nothing for a call that is not an audited write.</summary>
    public static async Task RecordAsync(HttpContext http, StatusCode code, string reason, string message)
    {
        http.Items[Seen] = true;
        if (AuditedMethod(http) is { } method) await AppendAsync(http, method, code, reason, message);
    }

    /// <summary>Marks <paramref name="http"/>'s call as audited by the interceptor.</summary>
    public static void MarkAudited(HttpContext http) => http.Items[Seen] = true;

    /// <summary>Adds the middleware; call it after authentication (the caller is recorded) and before the rate limiter.</summary>
    public static WebApplication UseUnreadRequestAudit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Items.ContainsKey(Seen)) return;
            if (AuditedMethod(context) is not { } method) return;
            if (StatusOf(context) is not { } status || status.Code == StatusCode.OK) return;
            await AppendAsync(context, method, status.Code, Reason, status.Message);
        });
        return app;
    }

    private static string? AuditedMethod(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc && AuditedWrites.Find(grpc.Method.FullName) is not null
            ? grpc.Method.FullName
            : null;

    private static async Task AppendAsync(HttpContext context, string method, StatusCode code, string reason, string message)
    {
        var attempt = AuditInterceptor.AttemptOf(context, method);
        var result = new AuditResult(code is StatusCode.Unauthenticated or StatusCode.PermissionDenied ? AuditOutcomes.Denied : AuditOutcomes.Failed,
            AuditInterceptor.StatusName(code), reason, message);
        try
        {
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().AppendAsync(attempt, result, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The refusal stands; the failure to record it must be seen by an operator.
            LogNotRecorded(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnreadRequestAudit)), e, method, context.TraceIdentifier);
        }
    }

    /// <summary>The call's status: grpc-status (trailers, or headers of a trailers-only answer) for gRPC, the HTTP status
    /// for HTTP/JSON.</summary>
    private static (StatusCode Code, string Message)? StatusOf(HttpContext context)
    {
        var response = context.Response;
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
            var code = trailers?["grpc-status"].FirstOrDefault() ?? response.Headers["grpc-status"].FirstOrDefault();
            if (!int.TryParse(code, out var value)) return null;
            var message = trailers?["grpc-message"].FirstOrDefault() ?? response.Headers["grpc-message"].FirstOrDefault() ?? "";
            return ((StatusCode)value, Uri.UnescapeDataString(message));
        }
        return response.StatusCode switch
        {
            < 400 => (StatusCode.OK, ""),
            401 => (StatusCode.Unauthenticated, "not authenticated"),
            403 => (StatusCode.PermissionDenied, "permission denied"),
            404 => (StatusCode.NotFound, "not found"),
            409 => (StatusCode.AlreadyExists, "conflict"),
            413 or 429 => (StatusCode.ResourceExhausted, response.StatusCode == 413 ? "the request body is too large" : "too many requests"),
            < 500 => (StatusCode.InvalidArgument, "the request body could not be read"),
            _ => (StatusCode.Internal, "internal error"),
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit event of the unread request to {Method} (request {RequestId}) could not be stored")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string method, string requestId);
}
