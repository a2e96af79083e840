using System.Diagnostics;
using BenchmarkDotNet.Running;
using Roster.Bench.Queries;

// ROSTER_BENCH_DB=bench/data/20k.db dotnet run -c Release --project bench/Roster.Bench.Queries -- --filter '*'
// ROSTER_BENCH_DB=… roster-query-bench loop EfCompiled 20000   (one method N times, for a profiler: dotnet-trace collect -- …)
// ROSTER_BENCH_DB=bench/data/2m.db roster-query-bench anomalies 50   (ListAnomalies p50/p95 over the stored projection)
if (args is ["anomalies", var anomalyCalls])
{
    await AnomalyTiming.RunAsync(Environment.GetEnvironmentVariable("ROSTER_BENCH_DB") ?? throw new InvalidOperationException("set ROSTER_BENCH_DB"),
        int.Parse(anomalyCalls, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["loop", var method, var count])
{
    var benchmarks = new OfficeholderBenchmarks();
    benchmarks.Setup();
    Func<Task> run = method switch
    {
        "Product" => () => benchmarks.Product(),
        "EfCompiled" => () => benchmarks.EfCompiled(),
        "Raw" => () => Task.FromResult(benchmarks.Raw()),
        "RawUnprepared" => () => Task.FromResult(benchmarks.RawUnprepared()),
        _ => throw new ArgumentException($"unknown method {method}"),
    };
    var n = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    for (var i = 0; i < 1000; i++) await run();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < n; i++) await run();
    Console.WriteLine($"{method}: {n} calls, {clock.Elapsed.TotalMicroseconds / n:F1} µs per call");
    benchmarks.Cleanup();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(OfficeholderBenchmarks).Assembly).Run(args);
