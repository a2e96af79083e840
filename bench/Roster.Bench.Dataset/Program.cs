using System.Diagnostics;
using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roster.Bench.Dataset;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

var sizeOption = new Option<string>("--size") { Description = "The named shape: tiny, 20k, 200k or 2m", DefaultValueFactory = _ => "20k" };
sizeOption.AcceptOnlyFromAmong("tiny", "20k", "200k", "2m");
var seedOption = new Option<int>("--seed") { Description = "The generator's seed", DefaultValueFactory = _ => 1 };
var jurisdictionsOption = new Option<int?>("--jurisdictions") { Description = "Override the shape's jurisdictions" };
var organizationsOption = new Option<int?>("--organizations") { Description = "Override the shape's organisations per jurisdiction" };
var postsOption = new Option<int?>("--posts") { Description = "Override the shape's posts per organisation" };
var yearsOption = new Option<int?>("--years") { Description = "Override the shape's years of history" };
var dbOption = new Option<FileInfo>("--db") { Description = "The SQLite file to create (required unless --postgres)", HelpName = "FILE" };
var replaceOption = new Option<bool>("--replace") { Description = "Overwrite --db if it exists" };
var rawBaselineOption = new Option<bool>("--raw-baseline") { Description = "Also write the same rows by raw batched INSERT (or COPY), for the comparison" };
var perBatchOption = new Option<int?>("--jurisdictions-per-batch")
{
    Description = "Jurisdictions a transaction (default 1/10 of the load up to 50; the next batch is staged while one is written)",
};
var postgresOption = new Option<string>("--postgres") { Description = "Load into PostgreSQL (binary COPY) with this connection string instead", HelpName = "CONNECTION" };
var pgDatabaseOption = new Option<string>("--pg-database") { Description = "The PostgreSQL database to create", DefaultValueFactory = _ => "roster_bench" };
var seedDirOption = new Option<DirectoryInfo>("--seed-dir") { Description = "The seed/ directory (default: found above the working directory)", HelpName = "DIR" };
var root = new RootCommand("roster-dataset: generates the national-scale dataset and bulk-loads it (docs/performance.md)")
{
    sizeOption, seedOption, jurisdictionsOption, organizationsOption, postsOption, yearsOption, dbOption, replaceOption,
    rawBaselineOption, perBatchOption, postgresOption, pgDatabaseOption, seedDirOption,
};
root.Validators.Add(result =>
{
    if (result.GetValue(dbOption) is null && result.GetValue(postgresOption) is null) result.AddError("give --db FILE (SQLite) or --postgres CONNECTION");
});
root.SetAction((parse, _) => GenerateAsync(parse));
return await root.Parse(args).InvokeAsync();

async Task<int> GenerateAsync(ParseResult parse)
{
    var named = DatasetShape.Named(parse.GetRequiredValue(sizeOption), parse.GetValue(seedOption));
    var shape = named with
    {
        Jurisdictions = parse.GetValue(jurisdictionsOption) ?? named.Jurisdictions,
        Organizations = parse.GetValue(organizationsOption) ?? named.Organizations,
        Posts = parse.GetValue(postsOption) ?? named.Posts,
        Years = parse.GetValue(yearsOption) ?? named.Years,
    };
    var seedDirectory = parse.GetValue(seedDirOption)?.FullName ?? ReferenceTables.FindSeedDirectory(AppContext.BaseDirectory)
        ?? ReferenceTables.FindSeedDirectory(Directory.GetCurrentDirectory());
    if (seedDirectory is null)
    {
        Console.Error.WriteLine("cannot find seed/; pass --seed-dir");
        return 2;
    }
    var tables = ReferenceTables.Load(seedDirectory);
    int? perBatch = parse.GetValue(perBatchOption) is { } given ? Math.Max(1, given) : null;
    var keep = parse.GetValue(rawBaselineOption);
    if (parse.GetValue(postgresOption) is { } postgres) // PostgreSQL instead of a SQLite file (docs/performance.md, "PostgreSQL")
        return await PostgresLoad.RunAsync(postgres, parse.GetRequiredValue(pgDatabaseOption), shape, tables, keep, perBatch);
    var database = parse.GetRequiredValue(dbOption).FullName;

    if (File.Exists(database) && !parse.GetValue(replaceOption))
    {
        Console.Error.WriteLine($"{database} exists; pass --replace to overwrite it");
        return 2;
    }
    await CreateAsync(database, replace: true);
    Console.WriteLine($"shape: {shape.Jurisdictions} jurisdictions x {shape.Organizations} organisations x {shape.Posts} posts x {shape.Years} years, seed {shape.Seed}");

    var loader = new BulkOrderLoader(new OrderValidator(tables), tables);

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
}

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
