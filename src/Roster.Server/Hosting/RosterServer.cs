using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Roster.Data;
using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Server.Benchmarks;
using Roster.Server.Errors;
using Roster.Server.Mapping;
using Roster.Server.Seeding;
using Roster.Server.Services;

namespace Roster.Server.Hosting;

/// <summary>Builds and prepares the Roster gRPC server.</summary>
public static class RosterServer
{
    /// <summary>Where the server listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise (h2c on loopback).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Largest request or response message, in bytes.</summary>
    public const int MaxMessageSize = 4 * 1024 * 1024;

    /// <summary>Builds the application from command-line arguments and configuration
    /// (<c>ConnectionStrings:Roster</c>, <c>Roster:*</c>, <c>--urls</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        // Without TLS, gRPC needs HTTP/2 only: Http1AndHttp2 on plain HTTP falls back to HTTP/1.1 (DESIGN.md §7).
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(e => e.Protocols = HttpProtocols.Http2));

        var options = builder.Configuration.GetSection(RosterOptions.Section).Get<RosterOptions>() ?? new RosterOptions();
        builder.Services.Configure<RosterOptions>(builder.Configuration.GetSection(RosterOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => ReferenceTables.Load(options.ResolvedSeedDirectory));
        builder.Services.AddSingleton<OrderValidator>();
        builder.Services.AddSingleton<Roster.Domain.Groups.RosterValidator>();
        builder.Services.AddSingleton<Roster.Gazette.GazetteParser>();
        builder.Services.AddSingleton<Roster.Gazette.Groups.GroupRosterReader>();
        builder.Services.AddRosterData(builder.Configuration.GetConnectionString("Roster") ?? RosterDatabase.DefaultConnectionString);
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddAutoMapper(RosterMapping.Configure);

        builder.Services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<ErrorInterceptor>();
            grpc.MaxReceiveMessageSize = MaxMessageSize;
            grpc.MaxSendMessageSize = MaxMessageSize;
            grpc.EnableDetailedErrors = false;
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddDbContextCheck<RosterDbContext>("database");
        builder.AddRosterBenchmarks(); // Roster:Benchmarks=true only (docs/performance.md)

        var app = builder.Build();
        app.MapGrpcService<OrderGrpcService>();
        app.MapGrpcService<RosterGrpcService>();
        app.MapGrpcService<GroupGrpcService>();
        app.MapGrpcService<GazetteGrpcService>();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapRosterBenchmarks();
        return app;
    }

    /// <summary>Applies migrations and imports the seed (when <see cref="RosterOptions.ImportSeed"/>) before the server listens.</summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await RosterDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<RosterDbContext>(), cancellationToken);
        var options = scope.ServiceProvider.GetRequiredService<IOptions<RosterOptions>>().Value;
        if (options.ImportSeed)
        {
            await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportDirectoryAsync(options.ResolvedSeedDirectory, cancellationToken);
        }
    }
}
