using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Roster.Bench.Writes;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Data.Ledger;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

// Write cost against a post's history (docs/performance.md, "Write cost"):
//   dotnet run -c Release --project bench/Roster.Bench.Writes -- [--sizes 1,100,1000,10000] [--orders 30]
// For each size n: a fresh SQLite file whose one post has n prior tenures (bulk-loaded through the same validator and
// derivation as SubmitOrder), then --orders more orders on that post submitted one at a time through OrderLedger
// (the SubmitOrder path below gRPC: validation, the write transaction, derivation, the change feed); each timed alone.
var sizes = Option("--sizes", "1,100,1000,10000").Split(',').Select(int.Parse).ToArray();
var orders = int.Parse(Option("--orders", "30"));
var tables = ReferenceTables.Load(ReferenceTables.FindSeedDirectory(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("no seed/ beside the benchmark"));
var validator = new OrderValidator(tables);
var directory = Directory.CreateTempSubdirectory("roster-write-bench-");
try
{
    await MeasureAsync(1, 10, print: false); // warm-up: JIT and EF's model, untimed
    Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine("prior tenures | orders | median ms | p90 ms | min ms | max ms");
    var medians = new List<(int Size, double Median)>();
    foreach (var size in sizes) medians.Add((size, await MeasureAsync(size, orders, print: true)));
    var (smallest, largest) = (medians.MinBy(m => m.Size), medians.MaxBy(m => m.Size));
    Console.WriteLine($"ratio of medians, {largest.Size:N0} / {smallest.Size:N0} prior tenures: {largest.Median / smallest.Median:F2}");
    Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    directory.Delete(recursive: true);
}

async Task<double> MeasureAsync(int size, int count, bool print)
{
    var path = Path.Combine(directory.FullName, $"writes-{size}-{(print ? "measured" : "warm-up")}.db");
    var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}");
    await using (var db = RosterDatabase.CreateContext(settings)) await RosterDatabase.MigrateAsync(db, CancellationToken.None);
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the bulk loader needs the file to itself
    var history = new PostHistory();
    var loader = new BulkOrderLoader(validator, tables);
    var batch = loader.Stage(Enumerable.Range(0, size).Select(history.Order).ToList(), DateTime.UtcNow);
    using (var connection = BulkOrderLoader.OpenEmpty($"Data Source={path};Pooling=False"))
    {
        loader.Write(connection, batch);
        BulkOrderLoader.Finish(connection);
    }

    var services = new ServiceCollection().AddSingleton(tables).AddSingleton(TimeProvider.System).AddRosterData(settings).BuildServiceProvider();
    var times = new List<double>();
    for (var k = size; k < size + count; k++)
    {
        var order = validator.Validate(history.Order(k));
        await using var scope = services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<OrderLedger>();
        var clock = Stopwatch.StartNew();
        var outcome = await ledger.SubmitAsync(order, new SubmitOptions(), CancellationToken.None);
        times.Add(clock.Elapsed.TotalMilliseconds);
        if (!outcome.Created) throw new InvalidOperationException($"order {k} was not recorded");
    }
    await services.DisposeAsync();
    times.Sort();
    var median = times[times.Count / 2];
    if (print)
        Console.WriteLine($"{size,13:N0} | {count,6} | {median,9:F2} | {times[(int)(times.Count * 0.9)],6:F2} | {times[0],6:F2} | {times[^1],6:F2}");
    return median;
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
