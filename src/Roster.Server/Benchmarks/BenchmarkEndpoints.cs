using Roster.Data;

namespace Roster.Server.Benchmarks;

/// <summary>Registers and maps <see cref="BenchGrpcService"/> when, and only when, <c>Roster:Benchmarks</c> is true
/// (off by default: production servers expose no benchmark endpoint).</summary>
public static class BenchmarkEndpoints
{
    /// <summary>The configuration switch.</summary>
    public const string Switch = "Roster:Benchmarks";

    /// <summary>Adds the baseline statements when the switch is on.</summary>
    public static void AddRosterBenchmarks(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(Switch)) return;
        var connectionString = builder.Configuration.GetConnectionString("Roster") ?? RosterDatabase.DefaultConnectionString;
        builder.Services.AddSingleton(_ => new RawOfficeholderStatements(connectionString));
    }

    /// <summary>Maps the benchmark service when the switch is on.</summary>
    public static void MapRosterBenchmarks(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Switch)) app.MapGrpcService<BenchGrpcService>();
    }
}
