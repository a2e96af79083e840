using OpenTelemetry.Metrics;
using Roster.Server.Hosting;
using Roster.Server.Security;

namespace Roster.Server.Telemetry;

/// <summary>OpenTelemetry metrics exported in Prometheus format on the metrics listener, and a log scope per request.</summary>
public static class TelemetryRegistration
{
    /// <summary>Adds <see cref="RpcMetrics"/>, ASP.NET Core request metrics and the Prometheus exporter.</summary>
    public static IServiceCollection AddRosterTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<RpcMetrics>();
        services.AddSingleton<TelemetryInterceptor>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(RpcMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>Serves <c>/metrics</c> on the metrics listener only; every other path there is 404.</summary>
    public static WebApplication UseRosterMetricsListener(this WebApplication app, RosterListeners listeners)
    {
        app.MapWhen(context => listeners.Serves(context, ListenerRole.Metrics), metrics =>
        {
            metrics.UseOpenTelemetryPrometheusScrapingEndpoint();
            metrics.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }

    /// <summary>Opens a log scope per request naming its request id, office and key, so every log line of a call carries them.</summary>
    public static WebApplication UseRosterLogScope(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Roster.Server.Requests");
        app.Use(async (context, next) =>
        {
            using (BeginRequestScope(logger, context.TraceIdentifier, context.User.Office() ?? "anonymous", context.User.Key()))
            {
                await next(context);
            }
        });
        return app;
    }

    private static IDisposable? BeginRequestScope(ILogger logger, string requestId, string office, string key) =>
        logger.BeginScope("request {RequestId} office {Office} key {Key}", requestId, office, key);
}
