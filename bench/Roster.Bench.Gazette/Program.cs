using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Roster.Domain.Reference;
using Roster.Gazette;
using Roster.Bench.Gazette;

// `linearity [copies]`: a quick hand check that reading time is linear in input size (1x vs 4x), with a Stopwatch.
// Anything else runs the BenchmarkDotNet benchmark with an MB/s column.
if (args.Length > 0 && args[0] == "linearity")
{
    var copies = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
    var parser = new GazetteParser(ReferenceTables.Load(SyntheticGazette.SeedDirectory));
    double Measure(string text)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 10; run++)
        {
            var watch = Stopwatch.StartNew();
            parser.Read(text, "synthetic.txt");
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
    var small = SyntheticGazette.Build(copies);
    var large = SyntheticGazette.Build(copies * 4);
    // Warm up both sizes until the JIT has settled (tiered compilation), then take the best of ten runs each.
    for (var warm = 0; warm < 5; warm++) { parser.Read(small, "warmup.txt"); parser.Read(large, "warmup.txt"); }
    var (smallSeconds, largeSeconds) = (Measure(small), Measure(large));
    var (smallMb, largeMb) = (SyntheticGazette.Megabytes(small), SyntheticGazette.Megabytes(large));
    Console.WriteLine($"1x: {copies} copies, {smallMb:F2} MB, {parser.Read(small, "s").Notices.Count} notices, best {smallSeconds * 1000:F1} ms, {smallMb / smallSeconds:F1} MB/s");
    Console.WriteLine($"4x: {copies * 4} copies, {largeMb:F2} MB, {parser.Read(large, "l").Notices.Count} notices, best {largeSeconds * 1000:F1} ms, {largeMb / largeSeconds:F1} MB/s");
    Console.WriteLine($"time ratio 4x/1x: {largeSeconds / smallSeconds:F2} (linear: 4.00)");
    return;
}

BenchmarkRunner.Run<ParserBenchmark>(DefaultConfig.Instance.AddColumn(new ThroughputColumn()), args);
