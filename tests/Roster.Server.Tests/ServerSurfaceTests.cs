using Roster.Testing.Hosting;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Roster.Server.Tests;

/// <summary>What tools see of the server: reflection and health.</summary>
public sealed class ServerSurfaceTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Reflection_lists_the_roster_v1_services()
    {
        var client = new ServerReflection.ServerReflectionClient(server.Host.Channel);
        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("roster.v1.OrderService", names);
        Assert.Contains("roster.v1.RosterService", names);
    }

    [Fact]
    public async Task Health_answers_serving()
    {
        var response = await new Health.HealthClient(server.Host.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}
