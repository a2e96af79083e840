using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roster.Data.Audit;
using Roster.Data.Changes;
using Roster.Data.Ledger;
using Roster.Data.Queries;

namespace Roster.Data;

/// <summary>Registers the Roster database and brings a database file up to date.</summary>
public static class RosterDatabase
{
    /// <summary>The connection string used when none is configured: a file under <c>data/</c> relative to the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=data/roster.db";

    /// <summary>Adds a pooled <see cref="RosterDbContext"/> on the SQLite file of <paramref name="connectionString"/>,
    /// the ledgers (<see cref="OrderLedger"/>, <see cref="RosterLedger"/>), the query classes, the audit trail and change feed readers.</summary>
    public static IServiceCollection AddRosterData(this IServiceCollection services, string connectionString)
    {
        // ChangeSignal wakes change-feed watchers after every commit of any context of this process.
        services.AddSingleton<ChangeSignal>();
        services.AddDbContextPool<RosterDbContext>((provider, options) =>
            Configure(options, connectionString).AddInterceptors(provider.GetRequiredService<ChangeSignal>()));
        services.AddScoped<OrderLedger>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<RosterQueries>();
        services.AddScoped<RosterLedger>();
        services.AddScoped<GroupQueries>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<ChangeFeed>();
        return services;
    }

    /// <summary>The options for a SQLite file (shared with design-time tools).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());

    /// <summary>Creates the directory of the database file, applies pending migrations and turns on WAL.
    /// WAL needs a local file system (not NFS/SMB).</summary>
    public static async Task MigrateAsync(RosterDbContext db, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
