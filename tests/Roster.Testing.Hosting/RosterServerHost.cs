using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Roster.Server.Hosting;
using Roster.Server.Security;
using Roster.Testing;

namespace Roster.Testing.Hosting;

/// <summary>
/// A real Roster server: Kestrel on a free loopback port, a real SQLite file in a temporary directory,
/// the seed imported at start as in production. Restartable on the same file.
/// </summary>
public sealed class RosterServerHost : IAsyncDisposable
{
    private WebApplication? _app;
    private readonly string[] _extraArgs;

    /// <summary>The SQLite file.</summary>
    public string DatabasePath { get; }

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

    private RosterServerHost(string databasePath, string[] extraArgs)
    {
        DatabasePath = databasePath;
        _extraArgs = extraArgs;
    }

    /// <summary>Starts a server on a fresh database file, importing the seed (with its group rosters unless
    /// <paramref name="importRosters"/> is false) unless told not to;
    /// <paramref name="extraArgs"/> are further configuration (<c>--Roster:RateLimit:PermitLimit=3</c>).</summary>
    public static async Task<RosterServerHost> StartAsync(bool importSeed = true, bool importRosters = true, params string[] extraArgs)
    {
        var directory = Directory.CreateTempSubdirectory("roster-test-");
        var host = new RosterServerHost(Path.Combine(directory.FullName, "roster.db"), extraArgs) { _importRosters = importRosters };
        await host.StartServerAsync(importSeed);
        return host;
    }

    private bool _importRosters = true;

    /// <summary>Stops the server and starts it again on the same file.</summary>
    public async Task RestartAsync(bool importSeed = true)
    {
        await StopAsync();
        await StartServerAsync(importSeed);
    }

    private async Task StartServerAsync(bool importSeed)
    {
        var app = RosterServer.Build([
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:Roster=Data Source={DatabasePath}",
            $"--Roster:SeedDirectory={SeedFacts.SeedDirectory}",
            $"--Roster:ImportSeed={importSeed}",
            $"--Roster:ImportRosters={_importRosters}",
            "--Roster:HttpUrl=http://127.0.0.1:0",
            "--Roster:MetricsUrl=http://127.0.0.1:0",
            "--Roster:RateLimit:PermitLimit=100000",
            "--Logging:LogLevel:Default=Warning",
            .. _extraArgs,
        ], builder => builder.Logging.AddProvider(Logs));
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

    /// <summary>Every row of every table except the audit trail (which records refused and failed attempts too), as text:
    /// equal before and after means nothing was written.</summary>
    public string Snapshot()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_events' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            // sqlite_sequence holds the audit trail's last id too.
            command.CommandText = table == "sqlite_sequence"
                ? "SELECT * FROM sqlite_sequence WHERE name <> 'audit_events' ORDER BY rowid"
                : $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            text.Append('[').Append(table).AppendLine("]");
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) text.Append(reader.GetValue(i)).Append('|');
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    private async Task StopAsync()
    {
        if (_app is null) return;
        Channel.Dispose();
        AnonymousChannel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
        SqliteConnection.ClearAllPools();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
