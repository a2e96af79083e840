using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Roster.Server.Errors;

/// <summary>Translates every exception that leaves a gRPC method through <see cref="StatusTranslation"/>,
/// so no call ends as UNKNOWN and no stack trace reaches a client; unexpected ones are logged.</summary>
public sealed partial class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    /// <inheritdoc />
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Translate(e, context);
        }
    }

    /// <inheritdoc />
    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Translate(e, context);
        }
    }

    private RpcException Translate(Exception e, ServerCallContext context)
    {
        if (StatusTranslation.Translate(e) is { } known) return known;
        var traceId = Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
        LogUnexpected(e, context.Method, traceId);
        return StatusTranslation.Internal(traceId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure in {Method} (trace {TraceId})")]
    private partial void LogUnexpected(Exception exception, string method, string traceId);
}
