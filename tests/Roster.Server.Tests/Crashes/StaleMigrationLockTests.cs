using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Roster.Data;

namespace Roster.Server.Tests.Crashes;

/// <summary>
/// A migrator killed mid-migration leaves EF Core's <c>__EFMigrationsLock</c> row, on which every later migration waited
/// forever without a log line. The row a dead process left is cleared at start, with a warning, and the server starts.
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

    [Fact]
    public async Task A_server_killed_while_migrating_starts_again_and_logs_the_cleared_lock()
    {
        // A migrated database with the lock row of a migrator that was killed.
        await using (var db = Context()) await RosterDatabase.MigrateAsync(db, CancellationToken.None);
        LeaveStaleLock();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { TakenPortTests.ServerDll(), "--urls", "http://127.0.0.1:0", "--Roster:HttpUrl=", "--Roster:MetricsUrl=",
            $"--ConnectionStrings:Roster=Data Source={DatabasePath}", "--Roster:ImportSeed=false" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var log = new System.Text.StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!log.ToString().Contains("Application started", StringComparison.Ordinal))
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                Assert.True(line is not null, $"the server stopped before it started: {log}");
                log.AppendLine(line);
            }

            Assert.Contains("Cleared a stale migration lock (written 2026-12-05 03:00:00.0000000+00:00)", log.ToString());
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
