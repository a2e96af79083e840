using Roster.Data;
using Roster.Server.Hosting;

namespace Roster.Server.Benchmarks;

/// <summary>Registers and maps <see cref="BenchGrpcService"/> when, and only when, <c>Roster:Benchmarks</c> is true
/// (off by default: production servers expose no benchmark endpoint). SQLite only: on PostgreSQL the switch stops the
/// server at start.</summary>
public static class BenchmarkEndpoints
{
    /// <summary>The configuration switch.</summary>
    public const string Switch = "Roster:Benchmarks";

    /// <summary>Adds the baseline statements when the switch is on.</summary>
    public static void AddRosterBenchmarks(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(Switch)) return;
        var database = DatabaseConfiguration.From(builder.Configuration);
        // The storage baseline is one hand-written SQLite statement; the issue-7 targets are set on SQLite.
        if (database.Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"{Switch}=true is SQLite-only: its raw-statement baseline has no PostgreSQL version");
        builder.Services.AddSingleton(_ => new RawOfficeholderStatements(database.ConnectionString));
    }

    /// <summary>Maps the benchmark service when the switch is on.</summary>
    public static void MapRosterBenchmarks(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Switch)) app.MapGrpcService<BenchGrpcService>();
    }
}
