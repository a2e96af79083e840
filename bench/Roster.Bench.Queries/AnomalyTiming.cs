using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roster.Data;
using Roster.Data.Queries;
using Roster.Domain.Reference;

namespace Roster.Bench.Queries;

/// <summary>
/// Times <see cref="AnomalyQueries.ListAsync"/> (the current-state path: the stored anomaly projection) on a generated database:
/// first brings the file up to date with <see cref="RosterDatabase.MigrateAsync"/> (which builds the projection when the file
/// has none, and reports how long that took), then, for each as_of date, with and without an organisation, pages 1, 11 and
/// 101 of 100 (reached through their cursors), <c>calls</c> times each; prints p50 and p95 in milliseconds (docs/performance.md).
/// </summary>
public static class AnomalyTiming
{
    /// <summary>Runs the timing loop against <paramref name="path"/> (a SQLite file) with <paramref name="calls"/> calls per case.</summary>
    public static async Task RunAsync(string path, int calls)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}");
        var tables = ReferenceTables.Load(ReferenceTables.FindSeedDirectory(AppContext.BaseDirectory)
            ?? ReferenceTables.FindSeedDirectory(Directory.GetCurrentDirectory()) ?? throw new InvalidOperationException("no seed/"));
        var clock = Stopwatch.StartNew();
        await using (var db = RosterDatabase.CreateContext(settings))
        {
            await RosterDatabase.MigrateAsync(db, CancellationToken.None);
        }
        Console.WriteLine($"migrate (and build the projection if unbuilt): {clock.Elapsed.TotalSeconds:F1} s");

        string organization;
        long stored;
        await using (var db = RosterDatabase.CreateContext(settings))
        {
            stored = await db.Anomalies.LongCountAsync();
            organization = await db.Anomalies.GroupBy(a => a.Organization).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            Console.WriteLine($"tenures: {await db.Tenures.LongCountAsync()}, stored anomalies: {stored}, busiest organisation: {organization}");
        }

        Console.WriteLine("case | as_of | organisation | page | listed | more | p50 ms | p95 ms");
        foreach (var asOf in new[] { new DateOnly(2010, 6, 1), new DateOnly(2018, 1, 1), new DateOnly(2025, 6, 30) })
        {
            foreach (var filter in new[] { (string?)null, organization })
            {
                foreach (var pageNumber in new[] { 1, 11, 101 })
                {
                    // Walk to the page (untimed): keyset paging, so the page's cost should not depend on how deep it is.
                    PageCursor? cursor = PageCursor.First;
                    for (var k = 1; k < pageNumber && cursor is not null; k++)
                    {
                        await using var db = RosterDatabase.CreateContext(settings);
                        cursor = (await new AnomalyQueries(db, tables).ListAsync(asOf, filter, cursor, 100, CancellationToken.None)).Next;
                    }
                    if (cursor is null) continue;
                    var times = new List<double>();
                    var (listed, more) = (0, false);
                    for (var i = 0; i < calls + 3; i++)
                    {
                        await using var db = RosterDatabase.CreateContext(settings);
                        var queries = new AnomalyQueries(db, tables);
                        var call = Stopwatch.StartNew();
                        var page = await queries.ListAsync(asOf, filter, cursor, 100, CancellationToken.None);
                        if (i >= 3) times.Add(call.Elapsed.TotalMilliseconds);
                        (listed, more) = (page.Items.Count, page.Next is not null);
                    }
                    times.Sort();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"ListAnomalies | {asOf:yyyy-MM-dd} | {(filter is null ? "(all)" : "busiest")} | {pageNumber} | {listed} | {more} | {times[times.Count / 2]:F2} | {times[(int)Math.Ceiling(times.Count * 0.95) - 1]:F2}"));
                }
            }
        }
    }
}
