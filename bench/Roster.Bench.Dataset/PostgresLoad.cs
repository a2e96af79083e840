using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

namespace Roster.Bench.Dataset;

/// <summary>
/// <c>--postgres CONNECTION</c>: the same generated dataset bulk-loaded into a fresh PostgreSQL database
/// (<c>--pg-database NAME</c>, default <c>roster_bench</c>, dropped and recreated) through the same validator and
/// derivation, written with binary COPY (<see cref="PostgresBulkRowWriter"/>); with <c>--raw-baseline</c>, the same
/// staged rows COPYed again into a second fresh database (NAME_raw, dropped afterwards).
/// </summary>
internal static class PostgresLoad
{
    public static async Task<int> RunAsync(string server, string name, DatasetShape shape, ReferenceTables tables, bool rawBaseline)
    {
        var target = await RecreateAsync(server, name);
        Console.WriteLine($"shape: {shape.Jurisdictions} jurisdictions x {shape.Organizations} organisations x {shape.Posts} posts x {shape.Years} years, seed {shape.Seed}; PostgreSQL database {name}");

        var generator = new DatasetGenerator(shape);
        var loader = new BulkOrderLoader(new OrderValidator(tables), tables);
        var staged = new List<StagedBatch>();
        var generation = TimeSpan.Zero;
        var recordedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var wall = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        using (var connection = PostgresBulkRowWriter.OpenEmpty(target))
        {
            for (var j = 0; j < shape.Jurisdictions; j++)
            {
                var clock = Stopwatch.StartNew();
                var drafts = generator.Jurisdiction(j);
                generation += clock.Elapsed;
                var batch = loader.Stage(drafts, recordedAt);
                loader.Write(connection, batch);
                if (rawBaseline) staged.Add(batch);
            }
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var t = loader.Timings;
        Console.WriteLine($"generated in {generation.TotalSeconds:F2} s (not counted below)");
        Console.WriteLine($"loaded {t.Orders:N0} orders, {t.Tenures:N0} tenures into PostgreSQL {name}");
        Console.WriteLine($"bulk path: {t.Total.TotalSeconds:F2} s = validate {t.Validate.TotalSeconds:F2} + derive {t.Derive.TotalSeconds:F2} + COPY {t.Write.TotalSeconds:F2}; {Rate(t.Orders, t.Total)} orders/s");
        Console.WriteLine($"bulk path client CPU time (generation included): {cpu.TotalSeconds:F2} s; wall {wall.Elapsed.TotalSeconds:F2} s");

        if (rawBaseline)
        {
            var rawName = name + "_raw";
            var raw = await RecreateAsync(server, rawName);
            var clock = Stopwatch.StartNew();
            using (var connection = PostgresBulkRowWriter.OpenEmpty(raw))
            {
                foreach (var batch in staged) PostgresBulkRowWriter.Write(connection, batch);
            }
            var rawTime = clock.Elapsed;
            Console.WriteLine($"raw binary COPY of the same rows: {rawTime.TotalSeconds:F2} s; {Rate(t.Orders, rawTime)} orders/s; bulk path / raw = {t.Total / rawTime:F2}x");
            await DropAsync(server, rawName);
        }
        return 0;
    }

    private static string Rate(long count, TimeSpan time) => (count / time.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<string> RecreateAsync(string server, string name)
    {
        await DropAsync(server, name);
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync();
        }
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        await using var db = RosterDatabase.CreateContext(settings);
        await RosterDatabase.MigrateAsync(db, CancellationToken.None);
        return settings.ConnectionString;
    }

    private static async Task DropAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
