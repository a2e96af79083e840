using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Roster.Server.Errors;

namespace Roster.Server.HealthChecks;

/// <summary>The middleware of <see cref="StartupGate"/>: first in the pipeline, so a refused call touches no database.</summary>
public static class StartupGateMiddleware
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(
        TypeRegistry.FromMessages(Google.Rpc.ErrorInfo.Descriptor)));

    /// <summary>Refuses every call but health, readiness and metrics while the gate is closed: a gRPC call with status
    /// UNAVAILABLE (trailers only), an HTTP request with 503, a <c>google.rpc.Status</c> body and <c>Retry-After: 5</c>.</summary>
    public static WebApplication UseStartupGate(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<StartupGate>();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (gate.IsOpen || path is "/healthz" or "/readyz" or "/metrics" || path.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }
            const string message = "the server is preparing its database (migrating); retry shortly";
            if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/grpc";
                context.Response.Headers["grpc-status"] = ((int)Grpc.Core.StatusCode.Unavailable).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
                return;
            }
            var status = new Google.Rpc.Status
            {
                Code = (int)Grpc.Core.StatusCode.Unavailable,
                Message = message,
                Details = { Any.Pack(new Google.Rpc.ErrorInfo { Reason = StartupGate.StartingReason, Domain = StatusTranslation.Domain }) },
            };
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(Formatter.Format(status), context.RequestAborted);
        });
        return app;
    }
}
