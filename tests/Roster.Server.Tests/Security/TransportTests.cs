using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Roster.Protos.V1;
using Roster.Server.Hosting;
using Roster.Testing;

namespace Roster.Server.Tests.Security;

/// <summary>HTTPS with a configured certificate; plain HTTP only on loopback unless explicitly allowed.</summary>
public sealed class TransportTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://192.0.2.7:5080")]
    [InlineData("http://roster.example.org:5080")]
    public void Plain_http_off_loopback_is_refused(string url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RosterListeners.Plan(url, new RosterOptions()));
        Assert.StartsWith($"refusing plain http:// on {url}", error.Message);
    }

    [Fact]
    public void Plain_http_off_loopback_is_allowed_when_asked_and_https_needs_a_certificate()
    {
        var plan = RosterListeners.Plan("http://0.0.0.0:5080", new RosterOptions { AllowPlaintextOffLoopback = true });
        Assert.Equal(ListenerRole.Grpc, plan.Planned[0].Role);
        var error = Assert.Throws<InvalidOperationException>(() => RosterListeners.Plan("https://0.0.0.0:5443", new RosterOptions()));
        Assert.Equal("https://0.0.0.0:5443 is https:// but Roster:Tls:CertificatePath is not set.", error.Message);
    }

    [Fact]
    public async Task Over_https_with_a_configured_certificate_grpc_and_json_share_the_port()
    {
        var directory = Directory.CreateTempSubdirectory("roster-tls-");
        try
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            var pfx = Path.Combine(directory.FullName, "server.pfx");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "secret"));

            await using var app = RosterServer.Build([
                "--urls", "https://127.0.0.1:0", "--Roster:HttpUrl=", "--Roster:MetricsUrl=",
                $"--ConnectionStrings:Roster=Data Source={Path.Combine(directory.FullName, "roster.db")}",
                $"--Roster:SeedDirectory={SeedFacts.SeedDirectory}",
                $"--Roster:Tls:CertificatePath={pfx}", "--Roster:Tls:Password=secret",
                "--Logging:LogLevel:Default=Warning",
            ]);
            await app.PrepareAsync();
            await app.StartAsync();
            var address = app.Services.GetRequiredService<RosterListeners>().AddressOf(ListenerRole.Grpc)!;
            Assert.Equal("https", address.Scheme);
            var thumbprint = certificate.Thumbprint;
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, c, _, _) => c?.Thumbprint == thumbprint };

            using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = false });
            var person = (await new RosterService.RosterServiceClient(channel).GetPersonAsync(new GetPersonRequest { Name = "岳江" })).Person;
            Assert.Equal("岳江", person.Name);

            using var http = new HttpClient(handler, disposeHandler: false);
            var json = await http.GetStringAsync(new Uri(address, "/v1/people/岳江"));
            Assert.Contains("阳泉市公安局国内安全保卫支队", json, StringComparison.Ordinal);
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
