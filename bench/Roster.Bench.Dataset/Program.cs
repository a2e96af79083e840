using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roster.Bench.Dataset;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

// roster-dataset --size 20k|200k|2m [--jurisdictions N --organizations N --posts N --years N] [--seed N] --db FILE [--replace] [--raw-baseline]
//                 ... --postgres CONNECTION [--pg-database NAME] [--raw-baseline]   (PostgreSQL: binary COPY)
var options = CommandLine.Parse(args);
var shape = options.Shape;
var seedDirectory = options.Get("seed-dir") ?? ReferenceTables.FindSeedDirectory(AppContext.BaseDirectory)
    ?? ReferenceTables.FindSeedDirectory(Directory.GetCurrentDirectory())
    ?? throw new InvalidOperationException("cannot find seed/; pass --seed-dir");
var tables = ReferenceTables.Load(seedDirectory);
if (options.Get("postgres") is { } postgres) // PostgreSQL instead of a SQLite file (docs/performance.md, "PostgreSQL")
    return await PostgresLoad.RunAsync(postgres, options.Get("pg-database") ?? "roster_bench", shape, tables, options.Has("raw-baseline"));
var database = Path.GetFullPath(options.Get("db") ?? throw new ArgumentException("--db FILE is required"));

await CreateAsync(database, options.Has("replace"));
Console.WriteLine($"shape: {shape.Jurisdictions} jurisdictions x {shape.Organizations} organisations x {shape.Posts} posts x {shape.Years} years, seed {shape.Seed}");

var generator = new DatasetGenerator(shape);
var loader = new BulkOrderLoader(new OrderValidator(tables), tables);
var keep = options.Has("raw-baseline");
var staged = new List<StagedBatch>();
var generation = TimeSpan.Zero;
long items = 0, warnings = 0;
var recordedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
var wall = Stopwatch.StartNew();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
// Staging (generate, validate, derive) of the next batch runs while the current one is written: the two
// touch no common state but the loader's id counters, which only staging advances.
var perBatch = Math.Max(1, int.Parse(options.Get("jurisdictions-per-batch") ?? "50", CultureInfo.InvariantCulture));
StagedBatch StageFrom(int first)
{
    var clock = Stopwatch.StartNew();
    var drafts = new List<OrderDraft>();
    for (var j = first; j < Math.Min(first + perBatch, shape.Jurisdictions); j++) drafts.AddRange(generator.Jurisdiction(j));
    lock (loader) generation += clock.Elapsed;
    return loader.Stage(drafts, recordedAt);
}
using (var connection = BulkOrderLoader.OpenEmpty($"Data Source={database};Pooling=False"))
{
    var next = Task.Run(() => StageFrom(0));
    for (var first = 0; first < shape.Jurisdictions; first += perBatch)
    {
        var batch = await next;
        if (first + perBatch < shape.Jurisdictions) { var from = first + perBatch; next = Task.Run(() => StageFrom(from)); }
        loader.Write(connection, batch);
        items += batch.Items.Count;
        warnings += batch.Warnings;
        if (keep) staged.Add(batch);
        if ((first + perBatch) % 500 < perBatch) Console.WriteLine($"  {Math.Min(first + perBatch, shape.Jurisdictions)} jurisdictions, {loader.Timings.Tenures:N0} tenures, {wall.Elapsed.TotalSeconds:F0} s");
    }
    BulkOrderLoader.Finish(connection);
}
var loadCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var t = loader.Timings;
Console.WriteLine($"generated in {generation.TotalSeconds:F2} s (inside the staging below)");
Console.WriteLine($"loaded {t.Orders:N0} orders, {items:N0} items, {t.Tenures:N0} tenures ({warnings:N0} timeline warnings) into {database}");
var loadWall = wall.Elapsed; // generation included: it runs inside the staging that overlaps the writes
Console.WriteLine($"bulk path: validate {t.Validate.TotalSeconds:F2} s (on all cores) + derive {t.Derive.TotalSeconds:F2} s, overlapped with write {t.Write.TotalSeconds:F2} s; " +
                  $"wall {loadWall.TotalSeconds:F2} s (generation included); {Rate(t.Orders, loadWall)} orders/s");
Console.WriteLine($"bulk path CPU time (generation included): {loadCpu.TotalSeconds:F2} s; {Rate(t.Orders, loadCpu)} orders per CPU-second; {perBatch} jurisdictions a transaction");

if (keep)
{
    var raw = database + ".raw.db";
    await CreateAsync(raw, replace: true);
    var clock = Stopwatch.StartNew();
    var rawCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    using (var connection = BulkOrderLoader.OpenEmpty($"Data Source={raw};Pooling=False"))
    {
        foreach (var batch in staged) BulkRowWriter.Write(connection, batch);
        BulkOrderLoader.Finish(connection);
    }
    var rawTime = clock.Elapsed;
    var rawCpu = Process.GetCurrentProcess().TotalProcessorTime - rawCpuBefore;
    Console.WriteLine($"raw batched INSERT CPU time: {rawCpu.TotalSeconds:F2} s; {Rate(t.Orders, rawCpu)} orders per CPU-second");
    Console.WriteLine($"raw batched INSERT of the same rows: {rawTime.TotalSeconds:F2} s; {Rate(t.Orders, rawTime)} orders/s; bulk path / raw = {loadWall / rawTime:F2}x");
    foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(raw + suffix);
}
return 0;

static string Rate(long count, TimeSpan time) => (count / time.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

static async Task CreateAsync(string path, bool replace)
{
    if (File.Exists(path))
    {
        if (!replace) throw new InvalidOperationException($"{path} exists; pass --replace to overwrite it");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }
    var builder = new DbContextOptionsBuilder<RosterDbContext>();
    RosterDatabase.Configure(builder, $"Data Source={path};Pooling=False");
    await using var db = new RosterDbContext(builder.Options);
    await RosterDatabase.MigrateAsync(db, CancellationToken.None);
}

/// <summary>The generator's command line: <c>--name value</c> pairs and bare flags.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static CommandLine Parse(string[] args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected '{args[i]}'");
            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            line._values[name] = value;
        }
        return line;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);
    public bool Has(string name) => _values.ContainsKey(name);
    private int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public DatasetShape Shape
    {
        get
        {
            var seed = Int("seed", 1);
            var named = DatasetShape.Named(Get("size") ?? "20k", seed);
            return named with
            {
                Jurisdictions = Int("jurisdictions", named.Jurisdictions),
                Organizations = Int("organizations", named.Organizations),
                Posts = Int("posts", named.Posts),
                Years = Int("years", named.Years),
            };
        }
    }
}
