using Roster.Bench.Server;
using Roster.Server.Hosting;

// The production server plus the benchmark baselines; bench/run-load.sh starts it.
var app = BenchHost.Build(args);
await app.PrepareAsync();
await app.RunAsync();
