using OpenTelemetry.Metrics;
using Roster.Server.Hosting;
using Roster.Server.Security;

namespace Roster.Server.Telemetry;

/// <summary>OpenTelemetry metrics exported in Prometheus format on the metrics listener, and a log scope per request.</summary>
public static class TelemetryRegistration
{
    /// <summary>Bucket boundaries of every duration histogram, in seconds: 0.5 ms to 10 s, so both a cached read (well under
    /// a millisecond) and a slow write land in a bucket of their own rather than in the SDK's default millisecond-scale
    /// boundaries.</summary>
    public static readonly double[] DurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>Adds <see cref="RpcMetrics"/>, ASP.NET Core request metrics, .NET runtime and process metrics and the
    /// Prometheus exporter; durations in seconds with <see cref="DurationBuckets"/>.</summary>
    public static IServiceCollection AddRosterTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<RpcMetrics>();
        services.AddSingleton<TelemetryInterceptor>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(RpcMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddProcessInstrumentation()
            .AddView(instrument => instrument is System.Diagnostics.Metrics.Histogram<double> && instrument.Unit == "s"
                ? new ExplicitBucketHistogramConfiguration { Boundaries = DurationBuckets }
                : null)
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
