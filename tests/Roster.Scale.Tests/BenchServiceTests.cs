using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Roster.Bench.Protos;
using Roster.Bench.Server;
using Roster.Protos.V1;
using Roster.Server.Hosting;
using Roster.Testing;

namespace Roster.Scale.Tests;

/// <summary>The benchmark baselines are served by the benchmark host only (never by the production server), and the
/// storage baseline gives ListOfficeholders' answer.</summary>
public sealed class BenchServiceTests
{
    [Fact]
    public async Task Production_server_does_not_serve_the_bench_service()
    {
        await using var server = await StartAsync(benchmarks: false);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await new BenchService.BenchServiceClient(server.Channel).GetEmptyAsync(new Empty()));
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public async Task Raw_baseline_answers_as_ListOfficeholders_does_on_the_seed()
    {
        await using var server = await StartAsync(benchmarks: true);
        await new BenchService.BenchServiceClient(server.Channel).GetEmptyAsync(new Empty());
        foreach (var (day, request) in new[] { 29, 30 }.Select(d => (d, new ListOfficeholdersRequest
                 { Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = new Google.Type.Date { Year = 2022, Month = 1, Day = d } })))
        {
            var product = await new RosterService.RosterServiceClient(server.Channel).ListOfficeholdersAsync(request);
            var raw = await new BenchService.BenchServiceClient(server.Channel).ListOfficeholdersRawAsync(request);
            Assert.Equal(Coverage.Held, product.Coverage);
            Assert.Equal(product, raw);
            Assert.Equal(day == 29 ? "靳润喜" : "米炳生", Assert.Single(raw.Officeholders).Person);
        }
    }

    private static async Task<RunningServer> StartAsync(bool benchmarks)
    {
        var directory = Directory.CreateTempSubdirectory("roster-bench-");
        string[] args = [
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:Roster=Data Source={Path.Combine(directory.FullName, "roster.db")}",
            $"--Roster:SeedDirectory={SeedFacts.SeedDirectory}",
            // Every listener on a free port: the JSON and metrics defaults (5081, 9464) may be taken.
            "--Roster:HttpUrl=http://127.0.0.1:0",
            "--Roster:MetricsUrl=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = benchmarks ? BenchHost.Build(args) : RosterServer.Build(args);
        await app.PrepareAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RunningServer(app, GrpcChannel.ForAddress(address), directory);
    }

    private sealed record RunningServer(WebApplication App, GrpcChannel Channel, DirectoryInfo Directory) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Channel.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
