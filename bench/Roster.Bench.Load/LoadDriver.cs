using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using HdrHistogram;
using Roster.Bench.Protos;
using Roster.Protos.V1;

namespace Roster.Bench.Load;

/// <summary>What a run calls.</summary>
public enum Target
{
    /// <summary>RosterService.ListOfficeholders: the product path (EF Core).</summary>
    List,
    /// <summary>BenchService.ListOfficeholdersRaw (benchmark host): one prepared SQL statement (the storage limit).</summary>
    Raw,
    /// <summary>BenchService.GetEmpty (benchmark host): an empty call (the transport limit).</summary>
    Ping,
}

/// <summary>How hard and how long to drive.</summary>
/// <param name="Streams">Concurrent closed-loop workers (one call in flight each).</param>
/// <param name="Channels">gRPC channels (HTTP/2 connections) the workers share round-robin.</param>
/// <param name="Duration">Measured time per run.</param>
/// <param name="Warmup">Unmeasured time before each run.</param>
/// <param name="MaxRequests">Cap on the calls of one run, whatever the time.</param>
public sealed record LoadSettings(int Streams, int Channels, TimeSpan Duration, TimeSpan Warmup, int MaxRequests);

/// <summary>
/// Closed-loop workers over several channels: each worker sends its next call when the previous one returns
/// (or, with a rate, at its next scheduled time, latency counted from that time so a stall is not hidden).
/// Every loop stops at the run's deadline or its call cap, whichever comes first.
/// </summary>
public sealed class LoadDriver : IAsyncDisposable
{
    private readonly LoadSettings _settings;
    private readonly IReadOnlyList<ListOfficeholdersRequest> _requests;
    private readonly GrpcChannel[] _channels;

    /// <summary>Opens the channels to <paramref name="server"/> (loopback only).</summary>
    public LoadDriver(Uri server, LoadSettings settings, IReadOnlyList<ListOfficeholdersRequest> requests)
    {
        if (!server.IsLoopback) throw new ArgumentException("loopback only", nameof(server));
        _settings = settings;
        _requests = requests;
        _channels = Enumerable.Range(0, settings.Channels).Select(_ => GrpcChannel.ForAddress(server)).ToArray();
    }

    /// <summary>Asks the first <paramref name="count"/> questions of both paths and counts identical answers.</summary>
    public async Task<(int Same, int Compared)> CompareAnswersAsync(int count)
    {
        var roster = new RosterService.RosterServiceClient(_channels[0]);
        var bench = new BenchService.BenchServiceClient(_channels[0]);
        var same = 0;
        foreach (var request in _requests.Take(count))
        {
            var product = await roster.ListOfficeholdersAsync(request, deadline: DateTime.UtcNow.AddSeconds(10));
            var raw = await bench.ListOfficeholdersRawAsync(request, deadline: DateTime.UtcNow.AddSeconds(10));
            if (product.Equals(raw)) same++;
            else Console.WriteLine($"differ on {request}:\n  list {product}\n  raw  {raw}");
        }
        return (same, Math.Min(count, _requests.Count));
    }

    /// <summary>Warms up, then measures one run of <paramref name="target"/>; unpaced when <paramref name="ratePerSecond"/> is null.</summary>
    public async Task<RunResult> RunAsync(Target target, double? ratePerSecond)
    {
        await DriveAsync(target, _settings.Warmup, ratePerSecond);
        return await DriveAsync(target, _settings.Duration, ratePerSecond);
    }

    /// <summary>Drives <paramref name="target"/> unpaced for <paramref name="duration"/> and discards the figures:
    /// the server's tiered JIT promotes the hot methods in the first seconds of load, so the first measured run
    /// would otherwise time partly unoptimised code.</summary>
    public Task WarmUpAsync(Target target, TimeSpan duration) => DriveAsync(target, duration, ratePerSecond: null);

    private async Task<RunResult> DriveAsync(Target target, TimeSpan duration, double? ratePerSecond)
    {
        var statuses = new Dictionary<StatusCode, long>[_settings.Streams];
        var histograms = new LongHistogram[_settings.Streams];
        var fromSend = new LongHistogram[_settings.Streams];
        var perWorkerCap = Math.Max(1, _settings.MaxRequests / _settings.Streams);
        var clock = Stopwatch.StartNew();
        var deadline = duration;
        var workers = Enumerable.Range(0, _settings.Streams).Select(w => Task.Run(async () =>
        {
            var channel = _channels[w % _channels.Length];
            var roster = new RosterService.RosterServiceClient(channel);
            var bench = new BenchService.BenchServiceClient(channel);
            var histogram = histograms[w] = new LongHistogram(1, 60_000_000, 3);
            var sendHistogram = fromSend[w] = new LongHistogram(1, 60_000_000, 3);
            var counts = statuses[w] = [];
            var interval = ratePerSecond is { } rate ? TimeSpan.FromSeconds(_settings.Streams / rate) : TimeSpan.Zero;
            var next = clock.Elapsed + TimeSpan.FromTicks(interval.Ticks * w / _settings.Streams);
            var index = w * 257;
            for (var n = 0; n < perWorkerCap && clock.Elapsed < deadline; n++)
            {
                if (interval > TimeSpan.Zero)
                {
                    var wait = next - clock.Elapsed;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                }
                var sent = clock.Elapsed;
                var started = interval > TimeSpan.Zero ? next : sent;
                next += interval;
                var request = _requests[index++ % _requests.Count];
                var code = StatusCode.OK;
                try
                {
                    var callDeadline = DateTime.UtcNow.AddSeconds(5);
                    switch (target)
                    {
                        case Target.List: await roster.ListOfficeholdersAsync(request, deadline: callDeadline); break;
                        case Target.Raw: await bench.ListOfficeholdersRawAsync(request, deadline: callDeadline); break;
                        default: await bench.GetEmptyAsync(new Empty(), deadline: callDeadline); break;
                    }
                }
                catch (RpcException e)
                {
                    code = e.StatusCode;
                }
                var returned = clock.Elapsed;
                histogram.RecordValue(Math.Clamp((long)(returned - started).TotalMicroseconds, 1, 60_000_000));
                sendHistogram.RecordValue(Math.Clamp((long)(returned - sent).TotalMicroseconds, 1, 60_000_000));
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var total = new LongHistogram(1, 60_000_000, 3);
        foreach (var h in histograms) total.Add(h);
        var sentTotal = new LongHistogram(1, 60_000_000, 3);
        foreach (var h in fromSend) sentTotal.Add(h);
        var merged = statuses.SelectMany(s => s).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        // A zero-length run (--warmup 0) made no call: HdrHistogram has no percentile of nothing.
        static long At(LongHistogram h, double percentile) => h.TotalCount == 0 ? 0 : h.GetValueAtPercentile(percentile);
        return new RunResult(target, total.TotalCount / elapsed.TotalSeconds,
            At(total, 50), At(total, 99), At(total, 99.9), merged, At(sentTotal, 50), At(sentTotal, 99));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var channel in _channels) channel.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>One run: throughput, latency percentiles in microseconds, calls per status code.</summary>
/// <remarks>P50/P99/P99.9 count from the time a call was due (its scheduled time when paced, so a stall of the
/// driver or the server is not hidden); SentP50/SentP99 count from the moment it was actually sent, which leaves
/// out the driver's own timer lateness (<c>Task.Delay</c> wakes up to a millisecond or more late).</remarks>
public sealed record RunResult(Target Target, double PerSecond, long P50, long P99, long P999, IReadOnlyDictionary<StatusCode, long> Statuses,
    long SentP50, long SentP99)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Target,-4} {PerSecond,9:F0} calls/s  p50 {P50,6} µs  p99 {P99,6} µs  p99.9 {P999,6} µs  (from send: p50 {SentP50} µs, p99 {SentP99} µs)  {StatusText(Statuses)}";

    /// <summary>A markdown row of the medians of <paramref name="runs"/>.</summary>
    public static string MedianRow(Target target, IReadOnlyList<RunResult> runs)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
        var statuses = runs.SelectMany(r => r.Statuses).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        return $"| {target.ToString().ToLowerInvariant()} | {Median(runs.Select(r => r.PerSecond)):F0} | {Median(runs.Select(r => (double)r.P50)):F0} | " +
               $"{Median(runs.Select(r => (double)r.P99)):F0} | {Median(runs.Select(r => (double)r.P999)):F0} | " +
               $"{Median(runs.Select(r => (double)r.SentP50)):F0} | {Median(runs.Select(r => (double)r.SentP99)):F0} | {StatusText(statuses)} |";
    }

    private static string StatusText(IReadOnlyDictionary<StatusCode, long> statuses) =>
        string.Join(", ", statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"));
}
