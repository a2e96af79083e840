using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Roster.Server.Hosting;
using Roster.Server.Security;
using Roster.Testing;

namespace Roster.Testing.Hosting;

/// <summary>
/// A real Roster server: Kestrel on a free loopback port, a real database (<see cref="TestDatabase"/>: a SQLite file in
/// a temporary directory, or a fresh PostgreSQL database when the test assembly runs on PostgreSQL), the seed imported
/// at start as in production. Restartable on the same database; several hosts may share one (replicas).
/// </summary>
public sealed class RosterServerHost : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The running server's services (for tests that record through a server component directly).</summary>
    public IServiceProvider Services => _app!.Services;
    private readonly string[] _extraArgs;
    private readonly bool _ownsDatabase;

    /// <summary>The server's database.</summary>
    public TestDatabase Database { get; }

    /// <summary>The address of the running server, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The channel to the running server, authenticated with <see cref="AdminKey"/> (so existing tests may write).</summary>
    public GrpcChannel Channel { get; private set; } = null!;

    /// <summary>A channel without credentials.</summary>
    public GrpcChannel AnonymousChannel { get; private set; } = null!;

    /// <summary>An admin key of 阳泉市人民政府, created in the database before the server listens.</summary>
    public string AdminKey { get; private set; } = null!;

    /// <summary>The HTTP/1.1 JSON listener, e.g. <c>http://127.0.0.1:40124/</c>.</summary>
    public Uri HttpAddress { get; private set; } = null!;

    /// <summary>The Prometheus metrics listener.</summary>
    public Uri MetricsAddress { get; private set; } = null!;

    /// <summary>Every log entry of the server at Information and above, as "Category: message".</summary>
    public CapturedLogs Logs { get; } = new();

    private RosterServerHost(TestDatabase database, bool ownsDatabase, string[] extraArgs)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        _extraArgs = extraArgs;
    }

    /// <summary>Starts a server on a fresh database file, importing the seed (with its group rosters unless
    /// <paramref name="importRosters"/> is false) unless told not to;
    /// <paramref name="extraArgs"/> are further configuration (<c>--Roster:RateLimit:PermitLimit=3</c>).</summary>
    public static async Task<RosterServerHost> StartAsync(bool importSeed = true, bool importRosters = true, params string[] extraArgs)
    {
        // On PostgreSQL a fresh database costs most of a test's time (create, migrate, import the seed): the plain seeded
        // one is copied from a template prepared once per test run. Its start still runs every step, which find nothing to do.
        var database = importSeed && importRosters && extraArgs.Length == 0 && TestDatabase.Provider == Roster.Data.DatabaseProvider.Postgres
            ? await PostgresTestDatabase.CreateFromTemplateAsync(TestDatabase.PostgresServer ?? throw new InvalidOperationException(TestDatabase.PostgresSkipReason),
                PrepareSeededAsync)
            : await TestDatabase.CreateAsync();
        var host = new RosterServerHost(database, ownsDatabase: true, extraArgs) { _importRosters = importRosters };
        try
        {
            await host.StartServerAsync(importSeed);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>Starts a server on <paramref name="database"/>, which the caller owns and may share with other hosts
    /// (replicas of one PostgreSQL database); disposing the host leaves the database.</summary>
    public static async Task<RosterServerHost> StartOnAsync(TestDatabase database, bool importSeed = true, params string[] extraArgs)
    {
        var host = new RosterServerHost(database, ownsDatabase: false, extraArgs);
        await host.StartServerAsync(importSeed);
        return host;
    }

    private bool _importRosters = true;
    private TimeProvider? _clock;

    /// <summary>Starts a server like <see cref="StartAsync"/> whose clock is <paramref name="clock"/> (a fake one: what "today" is).</summary>
    public static async Task<RosterServerHost> StartAtAsync(TimeProvider clock, params string[] extraArgs)
    {
        var database = await TestDatabase.CreateAsync();
        var host = new RosterServerHost(database, ownsDatabase: true, extraArgs) { _clock = clock };
        try
        {
            await host.StartServerAsync(importSeed: true);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>Stops the server and starts it again on the same file.</summary>
    public async Task RestartAsync(bool importSeed = true)
    {
        await StopAsync();
        await StartServerAsync(importSeed);
    }

    private static string[] ArgumentsFor(TestDatabase database, bool importSeed, bool importRosters) =>
    [
        "--urls", "http://127.0.0.1:0",
        $"--Roster:Database={database.Settings.Provider}",
        $"--ConnectionStrings:Roster={database.Settings.ConnectionString}",
        $"--Roster:SeedDirectory={SeedFacts.SeedDirectory}",
        $"--Roster:ImportSeed={importSeed}",
        $"--Roster:ImportRosters={importRosters}",
        "--Roster:HttpUrl=http://127.0.0.1:0",
        "--Roster:MetricsUrl=http://127.0.0.1:0",
        "--Roster:RateLimit:PermitLimit=100000",
        "--Logging:LogLevel:Default=Warning",
    ];

    /// <summary>Migrates <paramref name="database"/> and imports the seed as a server's start does, without listening or
    /// creating a key: the template of <see cref="PostgresTestDatabase.CreateFromTemplateAsync"/>.</summary>
    private static async Task PrepareSeededAsync(TestDatabase database)
    {
        await using var app = RosterServer.Build(ArgumentsFor(database, importSeed: true, importRosters: true));
        await app.PrepareAsync();
    }

    private async Task StartServerAsync(bool importSeed)
    {
        var app = RosterServer.Build([
            .. ArgumentsFor(Database, importSeed, _importRosters),
            .. _extraArgs,
        ], builder =>
        {
            builder.Logging.AddProvider(Logs);
            if (_clock is not null) builder.Services.AddSingleton(_clock);
        });
        await app.PrepareAsync();
        if (AdminKey is null)
        {
            await using var scope = app.Services.CreateAsyncScope();
            AdminKey = (await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync("阳泉市人民政府", Role.Admin, ApiKeyStore.CreatedOnServer, CancellationToken.None)).Key;
        }
        await app.StartAsync();
        var listeners = app.Services.GetRequiredService<RosterListeners>();
        Address = listeners.AddressOf(ListenerRole.Grpc)!;
        HttpAddress = listeners.AddressOf(ListenerRole.Http)!;
        MetricsAddress = listeners.AddressOf(ListenerRole.Metrics)!;
        AnonymousChannel = GrpcChannel.ForAddress(Address);
        Channel = ChannelWith(AdminKey);
        _app = app;
    }

    /// <summary>A channel that sends <paramref name="apiKey"/> as <c>authorization: Bearer …</c> on every call.</summary>
    public GrpcChannel ChannelWith(string apiKey) => GrpcChannel.ForAddress(Address, new GrpcChannelOptions
    {
        Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("authorization", "Bearer " + apiKey);
            return Task.CompletedTask;
        })),
        UnsafeUseInsecureChannelCallCredentials = true,
    });

    /// <summary>Creates a key in the server's database (as <c>roster-server admin key create</c> does).</summary>
    public async Task<string> CreateKeyAsync(string office, Role role)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(office, role, ApiKeyStore.CreatedOnServer, CancellationToken.None)).Key;
    }

    /// <summary>Runs <paramref name="read"/> on a context of the server's own database (whichever provider), for tests
    /// that look at stored rows directly.</summary>
    public T WithDatabase<T>(Func<Roster.Data.RosterDbContext, T> read)
    {
        using var scope = _app!.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<Roster.Data.RosterDbContext>());
    }

    /// <summary>Every row of every table except the audit trail (which records refused and failed attempts too), as text:
    /// equal before and after means nothing was written.</summary>
    public string Snapshot() => Database.Snapshot();

    private async Task StopAsync()
    {
        if (_app is null) return;
        Channel.Dispose();
        AnonymousChannel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
        Database.ReleaseConnections();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
    }
}
