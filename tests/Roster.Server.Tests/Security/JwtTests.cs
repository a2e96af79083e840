using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Security;

/// <summary>One server trusting the test issuer's tokens, signed with a key generated for this class (no network).</summary>
public sealed class JwtServer : IAsyncLifetime
{
    /// <summary>The issuer and audience the server is configured to accept.</summary>
    public const string Issuer = "https://login.example.gov.cn", Audience = "roster";

    /// <summary>The HMAC-SHA256 key the server validates tokens with (32 random bytes).</summary>
    public byte[] SigningKey { get; } = RandomNumberGenerator.GetBytes(32);

    /// <summary>The running server.</summary>
    public RosterServerHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await RosterServerHost.StartAsync(true, true,
        $"--Roster:Jwt:Authority={Issuer}", $"--Roster:Jwt:Audience={Audience}", $"--Roster:Jwt:SigningKey={Convert.ToBase64String(SigningKey)}");

    /// <summary>Stops the server, if it started.</summary>
    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

/// <summary>JWT bearer tokens of an external issuer, validated with a locally generated signing key (no network). The
/// tests share one server: only the accepted clerk's order writes, every other call is refused before any write.</summary>
public sealed class JwtTests(JwtServer server) : IClassFixture<JwtServer>
{
    private const string Issuer = JwtServer.Issuer, Audience = JwtServer.Audience;
    private readonly byte[] _signingKey = server.SigningKey;
    private readonly RosterServerHost _host = server.Host;

    private string Token(string office, string role, string audience = Audience, byte[]? key = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = audience,
        Expires = DateTime.UtcNow.AddMinutes(5),
        Claims = new Dictionary<string, object> { ["sub"] = "clerk-7", ["roster_office"] = office, ["roster_role"] = role },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? _signingKey), SecurityAlgorithms.HmacSha256),
    });

    private OrderService.OrderServiceClient OrdersWith(string token) => new(GrpcChannel.ForAddress(_host.Address, new GrpcChannelOptions
    {
        Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return Task.CompletedTask;
        })),
        UnsafeUseInsecureChannelCallCredentials = true,
    }));

    [Fact]
    public async Task A_clerk_token_of_the_issuer_files_its_order()
    {
        var response = await OrdersWith(Token("阳泉市人民政府", "clerk")).SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment() });
        Assert.True(response.Created);
        Assert.Equal("阳泉市人民政府", response.Order.Source.SubmittedBy);
    }

    [Fact]
    public async Task A_clerk_token_of_another_issuer_is_permission_denied()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => OrdersWith(Token("太原市人民政府", "clerk")).SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment() }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Theory]
    [InlineData("another-audience", false)]
    [InlineData(Audience, true)]
    public async Task A_token_for_another_audience_or_signed_with_another_key_is_unauthenticated(string audience, bool otherKey)
    {
        var token = Token("阳泉市人民政府", "clerk", audience, otherKey ? RandomNumberGenerator.GetBytes(32) : null);
        var error = await Assert.ThrowsAsync<RpcException>(() => OrdersWith(token).SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment() }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }
}
