using System.Diagnostics;
using Roster.Data.Bulk;
using Roster.Domain.Orders;

namespace Roster.Bench.Dataset;

/// <summary>What one timed load did: its batches (kept only when asked, for the raw baseline), counts and times.</summary>
internal sealed record LoadRun(IReadOnlyList<StagedBatch> Kept, long Items, long Warnings, TimeSpan Generation, TimeSpan Wall, TimeSpan Cpu, int JurisdictionsPerBatch);

/// <summary>
/// Generates, stages and writes a dataset in batches of whole jurisdictions, one transaction each, the next batch
/// staged (generated, validated on all cores, derived) while the current one is written. Staging and writing share
/// nothing but the loader's id counters, which only staging advances. Used for SQLite and PostgreSQL alike.
/// </summary>
internal static class PipelinedLoad
{
    /// <summary>50 jurisdictions a transaction at most, and at least 10 batches, so a small load is pipelined too.</summary>
    public static int DefaultBatch(DatasetShape shape) => Math.Clamp(shape.Jurisdictions / 10, 1, 50);

    /// <summary>Loads <paramref name="shape"/> through <paramref name="loader"/>, handing each staged batch to <paramref name="write"/>.</summary>
    public static async Task<LoadRun> RunAsync(DatasetShape shape, BulkOrderLoader loader, int perBatch, Action<StagedBatch> write, bool keep)
    {
        var generator = new DatasetGenerator(shape);
        var recordedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var kept = new List<StagedBatch>();
        var generation = TimeSpan.Zero;
        long items = 0, warnings = 0;
        var wall = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;

        StagedBatch StageFrom(int first)
        {
            var clock = Stopwatch.StartNew();
            var drafts = new List<OrderDraft>();
            for (var j = first; j < Math.Min(first + perBatch, shape.Jurisdictions); j++) drafts.AddRange(generator.Jurisdiction(j));
            generation += clock.Elapsed; // one staging task at a time
            return loader.Stage(drafts, recordedAt);
        }

        var next = Task.Run(() => StageFrom(0));
        for (var first = 0; first < shape.Jurisdictions; first += perBatch)
        {
            var batch = await next;
            if (first + perBatch < shape.Jurisdictions) { var from = first + perBatch; next = Task.Run(() => StageFrom(from)); }
            write(batch);
            items += batch.Items.Count;
            warnings += batch.Warnings;
            if (keep) kept.Add(batch);
            if ((first + perBatch) % 500 < perBatch)
                Console.WriteLine($"  {Math.Min(first + perBatch, shape.Jurisdictions)} jurisdictions, {loader.Timings.Tenures:N0} tenures, {wall.Elapsed.TotalSeconds:F0} s");
        }
        return new LoadRun(kept, items, warnings, generation, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, perBatch);
    }

    /// <summary>Stages the tiny shape with a throwaway loader and hands it to <paramref name="write"/>, untimed, so the
    /// timed load runs JIT-compiled code as the raw baseline (which follows it in the same process) does.</summary>
    public static void WarmUp(DatasetShape shape, Roster.Domain.Reference.ReferenceTables tables, Action<BulkOrderLoader, StagedBatch> write)
    {
        var warm = new BulkOrderLoader(new OrderValidator(tables), tables);
        foreach (var drafts in new DatasetGenerator(DatasetShape.Named("tiny", shape.Seed)).Batches())
            write(warm, warm.Stage(drafts, DateTime.UtcNow));
    }
}
