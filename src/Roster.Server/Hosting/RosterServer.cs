using Microsoft.Extensions.Options;
using Roster.Data;
using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Domain.Time;
using Roster.Server.Audit;
using Roster.Server.Errors;
using Roster.Server.HealthChecks;
using Roster.Server.Http;
using Roster.Server.Mapping;
using Roster.Server.Security;
using Roster.Server.Telemetry;
using Roster.Server.Seeding;
using Roster.Server.Services;

namespace Roster.Server.Hosting;

/// <summary>Builds and prepares the Roster gRPC server.</summary>
public static partial class RosterServer
{
    /// <summary>Where the server listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise (h2c on loopback).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Where HTTP/1.1 JSON (transcoding, OpenAPI) listens unless <c>Roster:HttpUrl</c> says otherwise.</summary>
    public const string DefaultHttpUrl = "http://127.0.0.1:5081";

    /// <summary>Where Prometheus metrics are served unless <c>Roster:MetricsUrl</c> says otherwise.</summary>
    public const string DefaultMetricsUrl = "http://127.0.0.1:9464";

    /// <summary>Largest request or response message, in bytes.</summary>
    public const int MaxMessageSize = 4 * 1024 * 1024;

    /// <summary>Builds the application from command-line arguments and configuration
    /// (<c>Roster:Database</c> and <c>ConnectionStrings:Roster</c>, <c>Roster:*</c>, <c>--urls</c>).</summary>
    /// <param name="args">Command-line arguments (configuration).</param>
    /// <param name="configure">Optional extra registration, e.g. a test's log capture.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json is read from beside the binary, not from the working directory, so an installed or published
        // server started from anywhere has its settings (relative paths in them, such as the database file, are still
        // the working directory's).
        // --urls is read here into the listener plan and kept from the host, which would otherwise hand it to Kestrel as
        // well (and Kestrel would warn "Overriding address(es)" on every start).
        var (urls, hostArgs) = WithoutUrls(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection(RosterOptions.Section).Get<RosterOptions>() ?? new RosterOptions();
        // gRPC on --urls (h2c: HTTP/2 only, docs/decisions.md section 25), JSON on its own HTTP/1.1 listener, metrics on a third.
        var listeners = RosterListeners.Plan(urls ?? builder.Configuration[WebHostDefaults.ServerUrlsKey], options);
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "");
        builder.WebHost.ConfigureKestrel(k =>
        {
            listeners.Configure(k, TlsCertificate.Load(options.Tls));
            k.Limits.MaxRequestBodySize = MaxMessageSize + 64 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.AddSingleton(sp => listeners.On(sp.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()));
        builder.Services.Configure<RosterOptions>(builder.Configuration.GetSection(RosterOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        var zone = JurisdictionZone(options.TimeZone);
        builder.Services.AddSingleton(sp => new JurisdictionCalendar(sp.GetRequiredService<TimeProvider>(), zone));
        builder.Services.AddSingleton(_ => ReferenceTables.Load(options.ResolvedSeedDirectory));
        builder.Services.AddSingleton<OrderValidator>();
        builder.Services.AddSingleton<Roster.Domain.Probation.ConfirmationValidator>();
        builder.Services.AddSingleton<Roster.Domain.Groups.RosterValidator>();
        builder.Services.AddSingleton<Roster.Gazette.GazetteParser>();
        builder.Services.AddSingleton<Roster.Gazette.Groups.GroupRosterReader>();
        builder.Services.AddRosterData(DatabaseConfiguration.From(builder.Configuration));
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<SeedLineage>();
        builder.Services.AddAutoMapper(RosterMapping.Configure);

        builder.Services.AddRosterSecurity(options);
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddRosterRateLimiting(options.RateLimit);
        builder.Services.AddRosterTelemetry();
        builder.Services.AddRosterHttpApi();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<TelemetryInterceptor>();
            grpc.Interceptors.Add<AuditInterceptor>();
            grpc.Interceptors.Add<ErrorInterceptor>();
            grpc.Interceptors.Add<MalformedRequestInterceptor>();
            grpc.Interceptors.Add<AccessInterceptor>();
            grpc.MaxReceiveMessageSize = MaxMessageSize;
            grpc.MaxSendMessageSize = MaxMessageSize;
            grpc.EnableDetailedErrors = false;
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddRosterHealth();

        configure?.Invoke(builder);
        builder.Services.AddCheckedRequests(); // after every AddGrpc* call: it replaces the framework's method binder

        // The host logs a failed start with its stack trace before Program.cs prints the one line that says what to do
        // (a taken port); other start failures still end the process with their exception.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // Health checks answer on /readyz and the gRPC health service, which is where an orchestrator reads them; the
        // framework would also log every unhealthy probe as an error, one per probe while the server is still preparing
        // its database, which is the designed state (docs/decisions.md 47), not a failure.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Critical);
        var app = builder.Build();
        app.UseRosterMetricsListener(app.Services.GetRequiredService<RosterListeners>());
        app.UseStartupGate();
        app.UseRosterRequestIds();
        app.UseAuthentication();
        app.UseUnreadRequestAudit();
        if (options.RateLimit.PermitLimit > 0) app.UseRateLimiter();
        app.UseRosterLogScope();
        app.UseGrpcFrameCheck(MaxMessageSize);
        app.UseRosterHttpApi();
        app.MapGrpcService<AdminGrpcService>();
        app.MapGrpcService<OrderGrpcService>();
        app.MapGrpcService<RosterGrpcService>();
        app.MapGrpcService<GroupGrpcService>();
        app.MapGrpcService<GazetteGrpcService>();
        app.MapGrpcService<AuditGrpcService>();
        app.MapGrpcService<ChangeGrpcService>();
        app.MapGrpcService<ProbationGrpcService>();
        app.MapGrpcService<AnomalyGrpcService>();
        app.MapGrpcService<PeopleGrpcService>();
        app.MapGrpcService<OrganizationGrpcService>();
        app.MapGrpcReflectionService();
        app.MapRosterHealth();
        return app;
    }

    /// <summary>The value of <c>--urls</c> (also <c>--urls=…</c>, <c>/urls …</c>, <c>urls=…</c>; the last one given wins, as
    /// in configuration) and the arguments without it.</summary>
    private static (string? Urls, string[] Others) WithoutUrls(string[] args)
    {
        string? urls = null;
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var key = arg.TrimStart('-', '/');
            if (key.Equals("urls", StringComparison.OrdinalIgnoreCase) && arg != key && i + 1 < args.Length)
            {
                urls = args[++i];
                continue;
            }
            if (key.StartsWith("urls=", StringComparison.OrdinalIgnoreCase))
            {
                urls = key["urls=".Length..];
                continue;
            }
            rest.Add(arg);
        }
        return (urls, rest.ToArray());
    }

    private static TimeZoneInfo JurisdictionZone(string id)
    {
        try
        {
            return JurisdictionCalendar.ZoneOf(id);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Roster:TimeZone: {e.Message.Split(" (Parameter")[0]}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared a stale migration lock (written {Timestamp}): a server was stopped while migrating this database; migrating now")]
    private static partial void LogStaleMigrationLock(ILogger logger, string timestamp);

    /// <summary>Applies migrations and imports the seed (when <see cref="RosterOptions.ImportSeed"/>), then opens the
    /// <see cref="StartupGate"/>. The server process listens first (alive, not ready); a host may also call this before it starts.</summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Roster.Server.Migrations");
        await RosterDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<RosterDbContext>(), cancellationToken,
            stale => LogStaleMigrationLock(logger, stale));
        var options = scope.ServiceProvider.GetRequiredService<IOptions<RosterOptions>>().Value;
        if (options.ImportSeed)
        {
            await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportDirectoryAsync(options.ResolvedSeedDirectory, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<SeedLineage>().ImportAsync(options.ResolvedSeedDirectory, cancellationToken);
        }
        app.Services.GetRequiredService<StartupGate>().Open();
    }
}
