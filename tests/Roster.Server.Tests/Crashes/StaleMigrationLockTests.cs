using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Roster.Data;

namespace Roster.Server.Tests.Crashes;

/// <summary>
/// A migrator killed mid-migration leaves EF Core's <c>__EFMigrationsLock</c> row, on which every later migration waited
/// forever without a log line. The row a dead process left is cleared at start, with a warning, and the server migrates:
/// shown on a planted row and on a server process killed (kill -9) while it migrated.
/// </summary>
public sealed class StaleMigrationLockTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("roster-lock-");

    private string DatabasePath => Path.Combine(_work.FullName, "roster.db");

    private RosterDbContext Context()
    {
        var options = new DbContextOptionsBuilder<RosterDbContext>();
        RosterDatabase.Configure(options, $"Data Source={DatabasePath};Pooling=False");
        return new RosterDbContext(options.Options);
    }

    /// <summary>The row EF Core's SQLite migration lock writes, as a killed migrator leaves it.</summary>
    private void LeaveStaleLock()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-05 03:00:00.0000000+00:00');
            """;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_stale_lock_on_a_new_database_is_cleared_and_the_migration_runs()
    {
        LeaveStaleLock();
        string? cleared = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await using (var db = Context()) await RosterDatabase.MigrateAsync(db, timeout.Token, stale => cleared = stale);

        Assert.Equal("2026-12-05 03:00:00.0000000+00:00", cleared);
        await using var after = Context();
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await after.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync());
    }

    [Fact]
    public async Task Without_a_stale_lock_nothing_is_cleared()
    {
        string? cleared = null;
        await using (var db = Context()) await RosterDatabase.MigrateAsync(db, CancellationToken.None, stale => cleared = stale);
        await using (var db = Context()) await RosterDatabase.MigrateAsync(db, CancellationToken.None, stale => cleared = stale);

        Assert.Null(cleared);
    }

    private Process StartServer()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { TakenPortTests.ServerDll(), "--urls", "http://127.0.0.1:0", "--Roster:HttpUrl=", "--Roster:MetricsUrl=",
            $"--ConnectionStrings:Roster=Data Source={DatabasePath}", "--Roster:ImportSeed=false" })
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    /// <summary>True once <c>__EFMigrationsLock</c> holds a row: a migrator is between taking EF Core's lock and releasing it.</summary>
    private bool LockRowPresent()
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'";
            if ((long)command.ExecuteScalar()! == 0) return false;
            command.CommandText = "SELECT count(*) FROM \"__EFMigrationsLock\"";
            return (long)command.ExecuteScalar()! > 0;
        }
        catch (SqliteException)
        {
            return false; // no file yet, or busy
        }
    }

    /// <summary>True once every migration is recorded as applied.</summary>
    private bool Migrated()
    {
        try
        {
            using var db = Context();
            var all = db.Database.GetMigrations().Count();
            using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
            if ((long)command.ExecuteScalar()! == 0) return false;
            command.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory\"";
            return (long)command.ExecuteScalar()! == all;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    [Fact]
    public async Task A_server_killed_while_migrating_starts_again_and_logs_the_cleared_lock()
    {
        // Kill -9 a server as soon as its migration holds EF Core's lock row (the server listens first and migrates after,
        // so the process is up while it migrates); a migration too quick to catch is tried again on a fresh file.
        var caught = false;
        for (var attempt = 0; attempt < 5 && !caught; attempt++)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in _work.GetFiles("roster.db*")) file.Delete();
            using var first = StartServer();
            _ = first.StandardOutput.ReadToEndAsync();
            _ = first.StandardError.ReadToEndAsync();
            var watch = Stopwatch.StartNew();
            while (!first.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                if (LockRowPresent())
                {
                    first.Kill(entireProcessTree: true);
                    caught = true;
                    break;
                }
                if (Migrated()) break; // too quick to catch: try again
                await Task.Delay(2);
            }
            if (!first.HasExited) first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            // Caught only if the row is still there after the kill (the migration had not finished).
            caught = caught && LockRowPresent();
        }
        Assert.True(caught, "no attempt killed the server while it held the migration lock");

        using var process = StartServer();
        try
        {
            var log = new System.Text.StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!log.ToString().Contains("Cleared a stale migration lock", StringComparison.Ordinal))
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                Assert.True(line is not null, $"the server stopped before it cleared the lock: {log}");
                log.AppendLine(line);
            }
            // It goes on to migrate: every migration applied, the lock row gone.
            await using var db = Context();
            var watch = Stopwatch.StartNew();
            while ((await db.Database.GetPendingMigrationsAsync()).Any() || LockRowPresent())
            {
                Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "the restarted server did not finish migrating");
                await Task.Delay(200);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }
}
