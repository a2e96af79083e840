using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Roster.Data;

namespace Roster.Server.HealthChecks;

/// <summary>
/// Health for orchestrators and load balancers, from the framework's health checks: over HTTP <c>GET /healthz</c>
/// (liveness: the process answers; runs no check) and <c>GET /readyz</c> (readiness: the database answers and every
/// migration is applied), 200 "Healthy" or 503 "Unhealthy", anonymous; over gRPC the standard
/// <c>grpc.health.v1.Health</c> service answers for the whole server ("") and for each roster.v1 service by its full name,
/// SERVING exactly when /readyz is healthy. The server listens while it prepares its database (<see cref="StartupGate"/>):
/// alive, not ready, NOT_SERVING.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The tag of the checks readiness runs.</summary>
    public const string Ready = "ready";

    /// <summary>The services the gRPC health service answers for, besides the whole server.</summary>
    public static readonly string[] Services =
    [
        "roster.v1.AdminService", "roster.v1.AnomalyService", "roster.v1.AuditService", "roster.v1.ChangeService",
        "roster.v1.GazetteService", "roster.v1.GroupService", "roster.v1.OrderService", "roster.v1.OrganizationService", "roster.v1.PeopleService",
        "roster.v1.ProbationService", "roster.v1.RosterService",
    ];

    /// <summary>True for the paths of orchestrators' probes and scrapes (health, readiness, metrics, the gRPC health
    /// service): answered while the server starts and outside any client's rate limit.</summary>
    public static bool IsProbe(PathString path) =>
        path.Value is "/healthz" or "/readyz" or "/metrics" || path.StartsWithSegments("/grpc.health.v1.Health", StringComparison.Ordinal);

    /// <summary>Registers the checks and the gRPC health service's per-service map.</summary>
    public static IServiceCollection AddRosterHealth(this IServiceCollection services)
    {
        services.AddSingleton<StartupGate>();
        services.AddGrpcHealthChecks(options =>
            {
                options.Services.Map("", r => r.Tags.Contains(Ready));
                foreach (var service in Services) options.Services.Map(service, r => r.Tags.Contains(Ready));
            })
            .AddCheck<StartupGateCheck>("startup", tags: [Ready])
            .AddDbContextCheck<RosterDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsApplied>("migrations", tags: [Ready]);
        return services;
    }

    /// <summary>Maps /healthz, /readyz and the gRPC health service.</summary>
    public static WebApplication MapRosterHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = r => r.Tags.Contains(Ready) });
        app.MapGrpcHealthChecksService();
        return app;
    }
}
