using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roster.Bench.Dataset;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

// roster-dataset --size 20k|200k|2m [--jurisdictions N --organizations N --posts N --years N] [--seed N] --db FILE [--replace] [--raw-baseline]
//                 [--jurisdictions-per-batch N]   (one transaction each, default 1/10 of the load up to 50; the next batch is staged while one is written)
//                 ... --postgres CONNECTION [--pg-database NAME] [--raw-baseline]   (PostgreSQL: binary COPY)
var options = CommandLine.Parse(args);
var shape = options.Shape;
var seedDirectory = options.Get("seed-dir") ?? ReferenceTables.FindSeedDirectory(AppContext.BaseDirectory)
    ?? ReferenceTables.FindSeedDirectory(Directory.GetCurrentDirectory())
    ?? throw new InvalidOperationException("cannot find seed/; pass --seed-dir");
var tables = ReferenceTables.Load(seedDirectory);
int? perBatch = options.Get("jurisdictions-per-batch") is { } given ? Math.Max(1, int.Parse(given, CultureInfo.InvariantCulture)) : null;
if (options.Get("postgres") is { } postgres) // PostgreSQL instead of a SQLite file (docs/performance.md, "PostgreSQL")
    return await PostgresLoad.RunAsync(postgres, options.Get("pg-database") ?? "roster_bench", shape, tables, options.Has("raw-baseline"), perBatch);
var database = Path.GetFullPath(options.Get("db") ?? throw new ArgumentException("--db FILE is required"));

await CreateAsync(database, options.Has("replace"));
Console.WriteLine($"shape: {shape.Jurisdictions} jurisdictions x {shape.Organizations} organisations x {shape.Posts} posts x {shape.Years} years, seed {shape.Seed}");

var loader = new BulkOrderLoader(new OrderValidator(tables), tables);
var keep = options.Has("raw-baseline");

var scratch = database + ".warmup.db";
await CreateAsync(scratch, replace: true);
using (var connection = BulkOrderLoader.OpenEmpty($"Data Source={scratch};Pooling=False"))
{
    PipelinedLoad.WarmUp(shape, tables, (warm, batch) => warm.Write(connection, batch));
    BulkOrderLoader.Finish(connection);
}
foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(scratch + suffix);

LoadRun run;
using (var connection = BulkOrderLoader.OpenEmpty($"Data Source={database};Pooling=False"))
{
    run = await PipelinedLoad.RunAsync(shape, loader, perBatch ?? PipelinedLoad.DefaultBatch(shape), batch => loader.Write(connection, batch), keep);
    BulkOrderLoader.Finish(connection);
}
var t = loader.Timings;
Console.WriteLine($"generated in {run.Generation.TotalSeconds:F2} s (inside the staging below)");
Console.WriteLine($"loaded {t.Orders:N0} orders, {run.Items:N0} items, {t.Tenures:N0} tenures ({run.Warnings:N0} timeline warnings) into {database}");
Console.WriteLine($"bulk path: validate {t.Validate.TotalSeconds:F2} s (on all cores) + derive {t.Derive.TotalSeconds:F2} s, overlapped with write {t.Write.TotalSeconds:F2} s; " +
                  $"wall {run.Wall.TotalSeconds:F2} s (generation included); {Rate(t.Orders, run.Wall)} orders/s");
Console.WriteLine($"bulk path CPU time (generation included): {run.Cpu.TotalSeconds:F2} s; {Rate(t.Orders, run.Cpu)} orders per CPU-second; {run.JurisdictionsPerBatch} jurisdictions a transaction");

if (keep)
{
    var raw = database + ".raw.db";
    await CreateAsync(raw, replace: true);
    var clock = Stopwatch.StartNew();
    var rawCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    using (var connection = BulkOrderLoader.OpenEmpty($"Data Source={raw};Pooling=False"))
    {
        foreach (var batch in run.Kept) BulkRowWriter.Write(connection, batch);
        BulkOrderLoader.Finish(connection);
    }
    var rawTime = clock.Elapsed;
    var rawCpu = Process.GetCurrentProcess().TotalProcessorTime - rawCpuBefore;
    Console.WriteLine($"raw batched INSERT CPU time: {rawCpu.TotalSeconds:F2} s; {Rate(t.Orders, rawCpu)} orders per CPU-second");
    Console.WriteLine($"raw batched INSERT of the same rows: {rawTime.TotalSeconds:F2} s; {Rate(t.Orders, rawTime)} orders/s; bulk path / raw = {run.Wall / rawTime:F2}x");
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
