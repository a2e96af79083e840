using System.Globalization;
using Roster.Bench.Dataset;
using Roster.Bench.Load;

// roster-load --server http://127.0.0.1:5090 --size 20k [--seed 1] [--streams 16] [--channels 4] [--seconds 10]
//             [--warmup 2] [--server-warmup 10] [--runs 3] [--max-requests 5000000] [--targets list,raw,ping] [--no-half-load]
var options = Options.Parse(args);
var server = new Uri(options.Get("server", "http://127.0.0.1:5090"));
if (!server.IsLoopback || server.Host is not ("127.0.0.1" or "localhost"))
{
    Console.Error.WriteLine($"roster-load drives 127.0.0.1 only, not {server.Host}");
    return 2;
}
var shape = DatasetShape.Named(options.Get("size", "20k"), options.Int("seed", 1));
var settings = new LoadSettings(
    Streams: options.Int("streams", 16),
    Channels: options.Int("channels", 4),
    Duration: TimeSpan.FromSeconds(options.Int("seconds", 10)),
    Warmup: TimeSpan.FromSeconds(options.Int("warmup", 2)),
    MaxRequests: options.Int("max-requests", 5_000_000));
var runs = options.Int("runs", 3);
var targets = options.Get("targets", "list,raw,ping").Split(',').Select(t => Enum.Parse<Target>(t, ignoreCase: true)).ToList();

var requests = RequestMix.Build(shape, count: 4096, seed: shape.Seed);
Console.WriteLine($"server {server}, dataset {shape.Jurisdictions}x{shape.Organizations}x{shape.Posts}x{shape.Years} seed {shape.Seed}; " +
                  $"{settings.Streams} streams over {settings.Channels} channels, {settings.Duration.TotalSeconds:F0} s per run after {settings.Warmup.TotalSeconds:F0} s warm-up, {runs} runs");

await using var driver = new LoadDriver(server, settings, requests);
var (same, compared) = await driver.CompareAnswersAsync(300);
Console.WriteLine($"answers: ListOfficeholders and ListOfficeholdersRaw agree on {same}/{compared} requests");
if (same != compared) return 1;

var serverWarmup = TimeSpan.FromSeconds(options.Int("server-warmup", 10));
foreach (var target in targets) await driver.WarmUpAsync(target, serverWarmup);
Console.WriteLine($"server warmed up: {serverWarmup.TotalSeconds:F0} s of each target, not measured");

var results = targets.ToDictionary(t => t, _ => new List<RunResult>());
for (var run = 1; run <= runs; run++)
{
    foreach (var target in targets)
    {
        var result = await driver.RunAsync(target, ratePerSecond: null);
        results[target].Add(result);
        Console.WriteLine($"run {run} {result}");
    }
}

Console.WriteLine();
Console.WriteLine("| target | calls/s (median of runs) | p50 µs | p99 µs | p99.9 µs | p50 from send µs | p99 from send µs | statuses |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
foreach (var target in targets) Console.WriteLine(RunResult.MedianRow(target, results[target]));

// Half of ListOfficeholders' peak, paced, for every target: the baselines at the same arrival rate say how much
// of the latency is the transport and the machine rather than the query.
if (targets.Contains(Target.List) && !options.Has("no-half-load"))
{
    var rate = Median(results[Target.List].Select(r => r.PerSecond)) / 2;
    foreach (var target in targets)
    {
        var half = new List<RunResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await driver.RunAsync(target, ratePerSecond: rate);
            half.Add(result);
            Console.WriteLine($"half-load run {run} {result}");
        }
        var name = target.ToString().ToLowerInvariant();
        Console.WriteLine(RunResult.MedianRow(target, half).Replace($"| {name} |", $"| {name} at {rate:F0}/s (half of list's peak) |", StringComparison.Ordinal));
    }
}
if (targets.Contains(Target.List) && targets.Contains(Target.Raw) && targets.Contains(Target.Ping))
{
    var list = Median(results[Target.List].Select(r => r.PerSecond));
    Console.WriteLine($"ListOfficeholders / raw = {list / Median(results[Target.Raw].Select(r => r.PerSecond)):F2}; " +
                      $"ListOfficeholders / ping = {list / Median(results[Target.Ping].Select(r => r.PerSecond)):F2}");
}
return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>The driver's command line: <c>--name value</c> pairs and bare flags.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected '{args[i]}'");
            options._values[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
        }
        return options;
    }

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;
    public bool Has(string name) => _values.ContainsKey(name);
    public int Int(string name, int fallback) => _values.GetValueOrDefault(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
