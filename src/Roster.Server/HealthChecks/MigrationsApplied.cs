using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Roster.Data;

namespace Roster.Server.HealthChecks;

/// <summary>Readiness: every migration of the provider's set is applied to the database (a server that started against
/// a database another version is migrating is not ready). Unhealthy names how many are pending.</summary>
public sealed class MigrationsApplied(RosterDbContext db) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0 ? HealthCheckResult.Healthy("every migration applied")
            : HealthCheckResult.Unhealthy($"{pending} migration(s) pending");
    }
}
