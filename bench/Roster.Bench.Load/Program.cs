using System.CommandLine;
using Roster.Bench.Dataset;
using Roster.Bench.Load;

var serverOption = new Option<Uri>("--server")
{
    Description = "The benchmark host to drive (loopback only)",
    HelpName = "URL",
    DefaultValueFactory = _ => new Uri("http://127.0.0.1:5090"),
    CustomParser = result =>
    {
        if (Uri.TryCreate(result.Tokens.Single().Value, UriKind.Absolute, out var uri)) return uri;
        result.AddError($"--server: '{result.Tokens.Single().Value}' is not an absolute URL such as http://127.0.0.1:5090");
        return null;
    },
};
var sizeOption = new Option<string>("--size") { Description = "The dataset the host serves: tiny, 20k, 200k or 2m", DefaultValueFactory = _ => "20k" };
sizeOption.AcceptOnlyFromAmong("tiny", "20k", "200k", "2m");
var seedOption = new Option<int>("--seed") { Description = "The dataset's seed", DefaultValueFactory = _ => 1 };
var streamsOption = new Option<int>("--streams") { Description = "Concurrent calls in flight", DefaultValueFactory = _ => 16 };
var channelsOption = new Option<int>("--channels") { Description = "HTTP/2 connections the streams share", DefaultValueFactory = _ => 4 };
var secondsOption = new Option<int>("--seconds") { Description = "Measured seconds per run", DefaultValueFactory = _ => 10 };
var warmupOption = new Option<int>("--warmup") { Description = "Unmeasured seconds before each run", DefaultValueFactory = _ => 2 };
var serverWarmupOption = new Option<int>("--server-warmup") { Description = "Unmeasured seconds of each target before the first run", DefaultValueFactory = _ => 10 };
var runsOption = new Option<int>("--runs") { Description = "Runs per target; the table gives their median", DefaultValueFactory = _ => 3 };
var maxRequestsOption = new Option<int>("--max-requests") { Description = "Bound on the calls of one run", DefaultValueFactory = _ => 5_000_000 };
var targetsOption = new Option<Target[]>("--targets")
{
    Description = "Comma-separated: list (ListOfficeholders), raw (the raw statement), ping",
    HelpName = "list,raw,ping",
    DefaultValueFactory = _ => [Target.List, Target.Raw, Target.Ping],
    CustomParser = result =>
    {
        var names = result.Tokens.Single().Value.Split(',');
        var unknown = names.Where(n => !Enum.TryParse<Target>(n, ignoreCase: true, out _)).ToList();
        if (unknown.Count > 0) result.AddError($"--targets: {string.Join(", ", unknown)} is not a target; expected list, raw or ping");
        return unknown.Count > 0 ? null : names.Select(n => Enum.Parse<Target>(n, ignoreCase: true)).ToArray();
    },
};
var noHalfLoadOption = new Option<bool>("--no-half-load") { Description = "Skip the paced runs at half of ListOfficeholders' peak" };
var root = new RootCommand("roster-load: the closed-loop gRPC load driver for the benchmark host (docs/performance.md)")
{
    serverOption, sizeOption, seedOption, streamsOption, channelsOption, secondsOption, warmupOption, serverWarmupOption,
    runsOption, maxRequestsOption, targetsOption, noHalfLoadOption,
};
root.SetAction((parse, _) => DriveAsync(parse));
return await root.Parse(args).InvokeAsync();

async Task<int> DriveAsync(ParseResult parse)
{
    var server = parse.GetRequiredValue(serverOption);
    if (!server.IsLoopback || server.Host is not ("127.0.0.1" or "localhost"))
    {
        Console.Error.WriteLine($"roster-load drives 127.0.0.1 only, not {server.Host}");
        return 2;
    }
    var shape = DatasetShape.Named(parse.GetRequiredValue(sizeOption), parse.GetValue(seedOption));
    var settings = new LoadSettings(
        Streams: parse.GetValue(streamsOption),
        Channels: parse.GetValue(channelsOption),
        Duration: TimeSpan.FromSeconds(parse.GetValue(secondsOption)),
        Warmup: TimeSpan.FromSeconds(parse.GetValue(warmupOption)),
        MaxRequests: parse.GetValue(maxRequestsOption));
    var runs = parse.GetValue(runsOption);
    var targets = parse.GetRequiredValue(targetsOption).ToList();

    var requests = RequestMix.Build(shape, count: 4096, seed: shape.Seed);
    Console.WriteLine($"server {server}, dataset {shape.Jurisdictions}x{shape.Organizations}x{shape.Posts}x{shape.Years} seed {shape.Seed}; " +
                      $"{settings.Streams} streams over {settings.Channels} channels, {settings.Duration.TotalSeconds:F0} s per run after {settings.Warmup.TotalSeconds:F0} s warm-up, {runs} runs");

    await using var driver = new LoadDriver(server, settings, requests);
    var (same, compared) = await driver.CompareAnswersAsync(300);
    Console.WriteLine($"answers: ListOfficeholders and ListOfficeholdersRaw agree on {same}/{compared} requests");
    if (same != compared) return 1;

    var serverWarmup = TimeSpan.FromSeconds(parse.GetValue(serverWarmupOption));
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
    if (targets.Contains(Target.List) && !parse.GetValue(noHalfLoadOption))
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
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
