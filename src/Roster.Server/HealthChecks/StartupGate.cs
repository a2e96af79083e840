using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Roster.Server.HealthChecks;

/// <summary>
/// Whether the server has finished preparing its database (migrations, the anomaly projection of a bulk-loaded file, the
/// seed). The server listens before it prepares, so an orchestrator sees it alive (<c>/healthz</c> 200) and not ready
/// (<c>/readyz</c> 503, gRPC health NOT_SERVING) during a long migration instead of a refused connection it would take for
/// a dead process; until then every other call is refused UNAVAILABLE (HTTP 503), which clients retry. Singleton.
/// </summary>
public sealed class StartupGate
{
    /// <summary>Reason code of a call refused while the server prepares.</summary>
    public const string StartingReason = "SERVER_STARTING";

    private volatile bool _open;

    /// <summary>True once the database is prepared.</summary>
    public bool IsOpen => _open;

    /// <summary>Opens the gate (after <see cref="Hosting.RosterServer.PrepareAsync"/>).</summary>
    public void Open() => _open = true;
}

/// <summary>Readiness fails until <see cref="StartupGate"/> opens.</summary>
public sealed class StartupGateCheck(StartupGate gate) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("preparing the database"));
}
