using Grpc.Core;
using Grpc.Core.Interceptors;
using Roster.Data.Audit;
using Roster.Server.Errors;
using Roster.Server.Security;

namespace Roster.Server.Audit;

/// <summary>
/// Records every write attempt in the audit trail (<see cref="AuditTrail"/>): who (API key prefix and office, JWT subject,
/// or anonymous with the client-supplied submitter), when, which RPC and target (<see cref="AuditedWrites"/>), the request
/// id (<see cref="RequestIds"/>) and the outcome. Runs outside the error and access interceptors, so it sees refused calls
/// and the final status. A committed write's event is stored in the write's transaction; the events of calls that
/// stored nothing, were refused or failed are stored in a transaction of their own after the call.
/// </summary>
public sealed partial class AuditInterceptor(IServiceScopeFactory scopes, ILogger<AuditInterceptor> logger) : Interceptor
{
    /// <inheritdoc />
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (AuditedWrites.Find(context.Method) is not { } write || request is not Google.Protobuf.IMessage message)
            return await continuation(request, context);

        var http = context.GetHttpContext();
        UnreadRequestAudit.MarkAudited(http);
        var attempt = AttemptOf(http, context.Method, write, message);
        var trail = http.RequestServices.GetRequiredService<AuditTrail>();
        trail.Open(attempt, new AuditResult(write.Committed));
        TResponse response;
        try
        {
            response = await continuation(request, context);
        }
        catch (Exception e)
        {
            trail.Discard();
            await AppendAsync(attempt, ResultOf(e));
            throw;
        }
        if (!trail.Committed)
        {
            trail.Discard();
            await AppendAsync(attempt, new AuditResult(write.OutcomeOf(message, (Google.Protobuf.IMessage)response!)));
        }
        return response;
    }

    /// <summary>The attempt of a write whose request was never read (<see cref="UnreadRequestAudit"/>): no target.</summary>
    public static AuditAttempt AttemptOf(HttpContext http, string method) => AttemptOf(http, method, null, null);

    private static AuditAttempt AttemptOf(HttpContext http, string method, AuditedWrite? write, Google.Protobuf.IMessage? request)
    {
        var user = http.User;
        var kind = !user.IsAuthenticated() ? "anonymous" : user.FindFirst(Caller.KeyClaim) is not null ? "api_key" : "jwt";
        var office = user.Office() ?? (kind == "anonymous" && write is not null && request is not null && write.SubmittedByOf(request) is { Length: > 0 } submitter ? submitter : null);
        var target = write is not null && request is not null ? write.TargetOf(request) : "";
        return new AuditAttempt(kind, user.IsAuthenticated() ? user.Key() : "anonymous", office, method.TrimStart('/'), target, http.TraceIdentifier);
    }

    private static AuditResult ResultOf(Exception exception)
    {
        var rpc = exception as RpcException ?? StatusTranslation.Translate(exception);
        var code = rpc?.StatusCode ?? StatusCode.Internal;
        var reason = rpc?.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason;
        return new AuditResult(code is StatusCode.Unauthenticated or StatusCode.PermissionDenied ? AuditOutcomes.Denied : AuditOutcomes.Failed,
            StatusName(code), reason, rpc?.Status.Detail ?? "internal error");
    }

    /// <summary>The gRPC spelling of a status code, e.g. <c>PERMISSION_DENIED</c>.</summary>
    public static string StatusName(StatusCode code) => code switch
    {
        StatusCode.OK => "OK",
        _ => string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant(),
    };

    private async Task AppendAsync(AuditAttempt attempt, AuditResult result)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().AppendAsync(attempt, result, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The call's own result stands; the failure to record it must be seen by an operator.
            LogNotRecorded(e, attempt.Method, attempt.Target, attempt.RequestId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit event of {Method} on {Target} (request {RequestId}) could not be stored")]
    private partial void LogNotRecorded(Exception exception, string method, string target, string requestId);
}
