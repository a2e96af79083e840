using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Roster.Server.Hosting;
using Roster.Testing;

namespace Roster.Testing.Hosting;

/// <summary>
/// A real Roster server: Kestrel on a free loopback port, a real SQLite file in a temporary directory,
/// the seed imported at start as in production. Restartable on the same file.
/// </summary>
public sealed class RosterServerHost : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The SQLite file.</summary>
    public string DatabasePath { get; }

    /// <summary>The address of the running server, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The channel to the running server.</summary>
    public GrpcChannel Channel { get; private set; } = null!;

    private RosterServerHost(string databasePath) => DatabasePath = databasePath;

    /// <summary>Starts a server on a fresh database file, importing the seed (with its group rosters unless
    /// <paramref name="importRosters"/> is false) unless told not to.</summary>
    public static async Task<RosterServerHost> StartAsync(bool importSeed = true, bool importRosters = true)
    {
        var directory = Directory.CreateTempSubdirectory("roster-test-");
        var host = new RosterServerHost(Path.Combine(directory.FullName, "roster.db")) { _importRosters = importRosters };
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
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.PrepareAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address);
        Channel = GrpcChannel.ForAddress(address);
        _app = app;
    }

    /// <summary>Every row of every table, as text: equal before and after means nothing was written.</summary>
    public string Snapshot()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
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
