using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Roster.Bench.Dataset;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Domain.Orders;
using Roster.Testing;

namespace Roster.Scale.Tests;

/// <summary>A migrated SQLite file in a temporary directory, optionally bulk-loaded with a generated dataset.</summary>
public sealed class ScratchDatabase : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("roster-scale-");

    public string Path => System.IO.Path.Combine(_directory.FullName, "roster.db");
    public string ConnectionString => $"Data Source={Path};Pooling=False";

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var database = new ScratchDatabase();
        await using var db = database.Context();
        await RosterDatabase.MigrateAsync(db, CancellationToken.None);
        return database;
    }

    public RosterDbContext Context(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<RosterDbContext>();
        RosterDatabase.Configure(options, ConnectionString);
        options.AddInterceptors(interceptors);
        return new RosterDbContext(options.Options);
    }

    public void BulkLoad(DatasetShape shape)
    {
        var loader = new BulkOrderLoader(new OrderValidator(SeedFacts.Tables), SeedFacts.Tables);
        using var connection = BulkOrderLoader.OpenEmpty(ConnectionString);
        foreach (var batch in new DatasetGenerator(shape).Batches())
            loader.Write(connection, loader.Stage(batch, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        BulkOrderLoader.Finish(connection);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { _directory.Delete(recursive: true); } catch (IOException) { }
    }
}
