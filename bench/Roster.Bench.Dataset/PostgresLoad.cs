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
    public static async Task<int> RunAsync(string server, string name, DatasetShape shape, ReferenceTables tables, bool rawBaseline, int? perBatch)
    {
        var target = await RecreateAsync(server, name);
        Console.WriteLine($"shape: {shape.Jurisdictions} jurisdictions x {shape.Organizations} organisations x {shape.Posts} posts x {shape.Years} years, seed {shape.Seed}; PostgreSQL database {name}");

        var warmup = await RecreateAsync(server, name + "_warmup");
        using (var connection = PostgresBulkRowWriter.OpenEmpty(warmup))
            PipelinedLoad.WarmUp(shape, tables, (warm, batch) => warm.Write(connection, batch));
        await DropAsync(server, name + "_warmup");

        var loader = new BulkOrderLoader(new OrderValidator(tables), tables);
        LoadRun run;
        using (var connection = PostgresBulkRowWriter.OpenEmpty(target))
            run = await PipelinedLoad.RunAsync(shape, loader, perBatch ?? PipelinedLoad.DefaultBatch(shape), batch => loader.Write(connection, batch), rawBaseline);
        var t = loader.Timings;
        Console.WriteLine($"generated in {run.Generation.TotalSeconds:F2} s (inside the staging below)");
        Console.WriteLine($"loaded {t.Orders:N0} orders, {t.Tenures:N0} tenures into PostgreSQL {name}");
        Console.WriteLine($"bulk path: validate {t.Validate.TotalSeconds:F2} s (on all cores) + derive {t.Derive.TotalSeconds:F2} s, overlapped with COPY {t.Write.TotalSeconds:F2} s; " +
                          $"wall {run.Wall.TotalSeconds:F2} s (generation included); {Rate(t.Orders, run.Wall)} orders/s");
        Console.WriteLine($"bulk path client CPU time (generation included): {run.Cpu.TotalSeconds:F2} s; {run.JurisdictionsPerBatch} jurisdictions a transaction");

        if (rawBaseline)
        {
            var rawName = name + "_raw";
            var raw = await RecreateAsync(server, rawName);
            var clock = Stopwatch.StartNew();
            using (var connection = PostgresBulkRowWriter.OpenEmpty(raw))
            {
                foreach (var batch in run.Kept) PostgresBulkRowWriter.Write(connection, batch);
            }
            var rawTime = clock.Elapsed;
            Console.WriteLine($"raw binary COPY of the same rows: {rawTime.TotalSeconds:F2} s; {Rate(t.Orders, rawTime)} orders/s; bulk path / raw = {run.Wall / rawTime:F2}x");
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
