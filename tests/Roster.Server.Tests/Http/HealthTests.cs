using System.Net;
using Grpc.Health.V1;
using Roster.Server.HealthChecks;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Http;

/// <summary>Liveness and readiness over HTTP (/healthz, /readyz) and the gRPC health service, per roster.v1 service.</summary>
public sealed class HealthTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly HttpClient Http = new();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_migrated_server_is_live_and_ready_without_a_key(string path)
    {
        using var response = await Http.GetAsync(new Uri(server.Host.HttpAddress, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_grpc_health_service_answers_serving_for_the_server_and_every_service()
    {
        var health = new Health.HealthClient(server.Host.AnonymousChannel);

        foreach (var service in HealthEndpoints.Services.Prepend(""))
        {
            var answer = await health.CheckAsync(new HealthCheckRequest { Service = service });
            Assert.True(answer.Status == HealthCheckResponse.Types.ServingStatus.Serving, $"'{service}': {answer.Status}");
        }
    }

    [Fact]
    public async Task The_health_service_names_every_roster_v1_service()
    {
        var services = Hostile.EveryRpcSweepTests.Methods().Select(m => m.Service.FullName).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(services, HealthEndpoints.Services);
        var unknown = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() =>
            new Health.HealthClient(server.Host.AnonymousChannel).CheckAsync(new HealthCheckRequest { Service = "roster.v1.NoSuchService" }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.NotFound, unknown.StatusCode);
    }
}
