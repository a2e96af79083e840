using Roster.Server.Http;

namespace Roster.Server.HealthChecks;

/// <summary>The middleware of <see cref="StartupGate"/>: first in the pipeline, so a refused call touches no database.</summary>
public static class StartupGateMiddleware
{
    /// <summary>Refuses every call but health, readiness and metrics while the gate is closed: a gRPC call with status
    /// UNAVAILABLE (trailers only), an HTTP request with 503, a <c>google.rpc.Status</c> body and <c>Retry-After: 5</c>.</summary>
    public static WebApplication UseStartupGate(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<StartupGate>();
        app.Use(async (context, next) =>
        {
            if (gate.IsOpen || HealthEndpoints.IsProbe(context.Request.Path))
            {
                await next(context);
                return;
            }
            const string message = "the server is preparing its database (migrating); retry shortly";
            var status = StatusBodies.Refusal(Grpc.Core.StatusCode.Unavailable, StartupGate.StartingReason, message);
            if (StatusBodies.IsGrpc(context.Request))
            {
                StatusBodies.WriteGrpcTrailers(context, status);
                return;
            }
            context.Response.Headers.RetryAfter = "5";
            await StatusBodies.WriteJsonAsync(context, StatusCodes.Status503ServiceUnavailable, status);
        });
        return app;
    }
}
