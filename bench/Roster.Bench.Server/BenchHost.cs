using Roster.Data;
using Roster.Server.Hosting;

namespace Roster.Bench.Server;

/// <summary>The benchmark host: the production server (<see cref="RosterServer.Build"/>, same options, same
/// pipeline) with <see cref="BenchGrpcService"/> mapped beside the product services. SQLite only: the raw
/// baseline is one hand-written SQLite statement, so on PostgreSQL <see cref="Build"/> refuses to start.</summary>
public static class BenchHost
{
    /// <summary>Builds the server of <paramref name="args"/> (the server's own configuration keys) with the baselines.</summary>
    /// <exception cref="InvalidOperationException">The configured provider is not SQLite.</exception>
    public static WebApplication Build(string[] args)
    {
        var app = RosterServer.Build(args, builder =>
        {
            var database = DatabaseConfiguration.From(builder.Configuration);
            if (database.Provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException("Roster: the benchmark host is SQLite-only: its raw-statement baseline has no PostgreSQL version");
            builder.Services.AddSingleton(_ => new RawOfficeholderStatements(database.ConnectionString));
        });
        app.MapGrpcService<BenchGrpcService>();
        return app;
    }
}
