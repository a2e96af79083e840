using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roster.Data.Audit;
using Roster.Data.Changes;
using Roster.Data.Ledger;
using Roster.Data.Queries;

namespace Roster.Data;

/// <summary>Registers the Roster database and brings a database up to date.</summary>
public static class RosterDatabase
{
    /// <summary>The connection string used when none is configured: a file under <c>data/</c> relative to the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=data/roster.db";

    /// <summary>Adds a pooled <see cref="RosterDbContext"/> on SQLite (<see cref="RosterDbContext"/> itself) or PostgreSQL
    /// (<see cref="PostgresRosterDbContext"/>, served as <see cref="RosterDbContext"/>), the ledgers
    /// (<see cref="OrderLedger"/>, <see cref="RosterLedger"/>), the query classes, the as-recorded reads
    /// (<see cref="History.AsRecordedQueries"/>), the audit trail, the change feed and, on SQLite, the prepared
    /// officeholder statements of the hot path (<see cref="OfficeholderStatements"/>).</summary>
    public static IServiceCollection AddRosterData(this IServiceCollection services, DatabaseSettings settings)
    {
        // ChangeSignal wakes change-feed watchers after every commit of any context of this process.
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<Lineage.LineageIndex>();
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<RosterDbContext, PostgresRosterDbContext>((provider, options) =>
                    Configure(options, settings).AddInterceptors(provider.GetRequiredService<ChangeSignal>()));
                break;
            default:
                services.AddDbContextPool<RosterDbContext>((provider, options) =>
                    Configure(options, settings).AddInterceptors(provider.GetRequiredService<ChangeSignal>()));
                services.AddSingleton(_ => new OfficeholderStatements(settings.ConnectionString));
                break;
        }
        services.AddScoped<OrderLedger>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<RosterQueries>();
        services.AddScoped<RosterLedger>();
        services.AddScoped<GroupQueries>();
        services.AddScoped<History.RecordedTenures>();
        services.AddScoped<History.AsRecordedQueries>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<ChangeFeed>();
        services.AddScoped<ProbationLedger>();
        services.AddScoped<ProbationQueries>();
        services.AddScoped<AnomalyQueries>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<JudgementLedger>();
        services.AddScoped<Lineage.LineageLedger>();
        services.AddScoped<Lineage.LineageQueries>();
        services.AddScoped<ExternalIdentifierLedger>();
        return services;
    }

    /// <summary>Adds the SQLite database of <paramref name="connectionString"/> (see <see cref="AddRosterData(IServiceCollection, DatabaseSettings)"/>).</summary>
    public static IServiceCollection AddRosterData(this IServiceCollection services, string connectionString) =>
        services.AddRosterData(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));

    /// <summary>The options for either provider (shared with design-time tools, benchmarks and tests): SQLite with its
    /// per-connection pragmas, or Npgsql.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(settings.ConnectionString),
            _ => options.UseSqlite(settings.ConnectionString).AddInterceptors(new SqlitePragmas(settings.SqliteMaxSizeKiB)),
        };

    /// <summary>The options for a SQLite file.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));

    /// <summary>A new, unpooled context of the configured provider (tools, benchmarks, tests).</summary>
    public static RosterDbContext CreateContext(DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresRosterDbContext>();
            Configure(postgres, settings);
            return new PostgresRosterDbContext(postgres.Options);
        }
        var sqlite = new DbContextOptionsBuilder<RosterDbContext>();
        Configure(sqlite, settings);
        return new RosterDbContext(sqlite.Options);
    }

    /// <summary>The PostgreSQL advisory lock key held while migrating ("RosterM" in ASCII; the write lock is "Roster").</summary>
    public const long MigrationLockKey = 0x526F737465724D;

    /// <summary>Applies pending migrations of the context's provider, then fills the stored anomalies when they have not been
    /// built over this database yet (an upgraded or bulk-loaded database; <see cref="AnomalyProjection"/>). On SQLite, first creates the directory of the
    /// database file and afterwards turns on WAL (which needs a local file system, not NFS/SMB). On PostgreSQL the
    /// database must exist; replicas starting together take turns under a session advisory lock
    /// (<see cref="MigrationLockKey"/>), so each migration is applied once: EF's own lock is taken per migration,
    /// after each replica has listed what is pending, and a second replica then re-applies what the first applied.</summary>
    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Cancels the wait and the migration.</param>
    /// <param name="clearedStaleLock">Told the timestamp of a stale SQLite migration lock that was cleared (a migrator
    /// killed mid-migration left it; <see cref="SqliteMigrationLock"/>), so the caller can log it.</param>
    public static async Task MigrateAsync(RosterDbContext db, CancellationToken cancellationToken, Action<string>? clearedStaleLock = null)
    {
        if (db is PostgresRosterDbContext)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
                try
                {
                    await db.Database.MigrateAsync(cancellationToken);
                    await AnomalyProjection.EnsureBuiltAsync(db, cancellationToken);
                }
                finally
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            return;
        }
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using (var migrationLock = await SqliteMigrationLock.AcquireAsync(db, cancellationToken))
        {
            if (migrationLock.Cleared is { } stale) clearedStaleLock?.Invoke(stale);
            await db.Database.MigrateAsync(cancellationToken);
            await AnomalyProjection.EnsureBuiltAsync(db, cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
