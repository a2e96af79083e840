using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Roster.Protos.V1;

namespace Roster.Server.Tests.Crashes;

/// <summary>
/// The server process listens before it prepares its database (docs/decisions.md 47): while it migrates it is alive
/// (/healthz 200), not ready (/readyz 503, gRPC health NOT_SERVING for each service) and refuses calls UNAVAILABLE (HTTP 503
/// with a google.rpc.Status body), and it becomes ready once the migration ends. The migration is held back by holding the
/// file lock every SQLite migration takes (<c>Roster.Data.SqliteMigrationLock</c>), as a second server migrating would.
/// </summary>
public sealed class StartupGateTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("roster-gate-");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpStatusCode> StatusOf(HttpClient http, string url)
    {
        try
        {
            using var response = await http.GetAsync(url);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0; // not listening yet
        }
    }

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!await condition())
        {
            Assert.False(timeout.IsCancellationRequested, $"timed out waiting until {what}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task While_migrating_the_server_is_alive_not_ready_and_refuses_calls_unavailable_then_ready()
    {
        var database = Path.Combine(_work.FullName, "roster.db");
        var (grpcPort, httpPort) = (FreePort(), FreePort());
        var migrating = new FileStream(database + ".migrating", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { TakenPortTests.ServerDll(), "--urls", $"http://127.0.0.1:{grpcPort}", $"--Roster:HttpUrl=http://127.0.0.1:{httpPort}",
            "--Roster:MetricsUrl=", $"--ConnectionStrings:Roster=Data Source={database}", "--Roster:ImportSeed=false" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
            var health = new Health.HealthClient(channel);

            await Until(async () => await StatusOf(http, "/healthz") == HttpStatusCode.OK, "the server is alive");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusOf(http, "/readyz"));
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing,
                (await health.CheckAsync(new HealthCheckRequest { Service = "roster.v1.RosterService" })).Status);
            var refused = await Assert.ThrowsAsync<RpcException>(() => new RosterService.RosterServiceClient(channel)
                .ListTenuresAsync(new ListTenuresRequest { Organization = "阳泉市公安局" }).ResponseAsync);
            Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
            using (var response = await http.GetAsync("/v1/orders"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(14, body.RootElement.GetProperty("code").GetInt32());
                Assert.Equal("SERVER_STARTING", body.RootElement.GetProperty("details")[0].GetProperty("reason").GetString());
            }

            // The other migrator is done: this server migrates and becomes ready.
            await migrating.DisposeAsync();
            await Until(async () => await StatusOf(http, "/readyz") == HttpStatusCode.OK, "the server is ready");
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving,
                (await health.CheckAsync(new HealthCheckRequest { Service = "roster.v1.RosterService" })).Status);
            var tenures = await new RosterService.RosterServiceClient(channel).ListTenuresAsync(new ListTenuresRequest { Organization = "阳泉市公安局" })
                .ResponseAsync.ContinueWith(t => t.Exception?.InnerException as RpcException);
            Assert.NotEqual(StatusCode.Unavailable, tenures?.StatusCode);
        }
        finally
        {
            await migrating.DisposeAsync();
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        // Not ready while preparing is the designed state: the probes say so, the log does not cry failure at each one.
        Assert.DoesNotContain("preparing the database", await output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }
}
