using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Roster.Server.Telemetry;

/// <summary>The outermost interceptor: records each call's status code and latency in <see cref="RpcMetrics"/>.</summary>
public sealed class TelemetryInterceptor(RpcMetrics metrics) : Interceptor
{
    /// <inheritdoc />
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        var code = StatusCode.OK;
        try
        {
            return await continuation(request, context);
        }
        catch (RpcException e)
        {
            code = e.StatusCode;
            throw;
        }
        catch
        {
            code = StatusCode.Unknown;
            throw;
        }
        finally
        {
            metrics.Record(context.Method, Name(code), Stopwatch.GetElapsedTime(started));
        }
    }

    /// <inheritdoc />
    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        var code = StatusCode.OK;
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (RpcException e)
        {
            code = e.StatusCode;
            throw;
        }
        finally
        {
            metrics.Record(context.Method, Name(code), Stopwatch.GetElapsedTime(started));
        }
    }

    private static string Name(StatusCode code) => code switch
    {
        StatusCode.OK => "OK",
        _ => System.Text.RegularExpressions.Regex.Replace(code.ToString(), "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant(),
    };
}
