using BenchmarkDotNet.Running;

// ROSTER_BENCH_DB=bench/data/20k.db dotnet run -c Release --project bench/Roster.Bench.Queries -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Roster.Bench.Queries.OfficeholderBenchmarks).Assembly).Run(args);
