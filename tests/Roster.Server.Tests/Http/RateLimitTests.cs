using System.Net;
using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Http;

/// <summary>Past the per-key limit a call is RESOURCE_EXHAUSTED (HTTP 429), never UNAVAILABLE.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task The_fourth_call_in_a_window_of_three_is_resource_exhausted_and_other_keys_are_unaffected()
    {
        await using var host = await RosterServerHost.StartAsync(true, true, "--Roster:RateLimit:PermitLimit=3", "--Roster:RateLimit:WindowSeconds=600");
        var request = new GetPersonRequest { Name = "岳江" };
        var admin = new RosterService.RosterServiceClient(host.Channel);
        for (var i = 0; i < 3; i++) Assert.Equal("岳江", (await admin.GetPersonAsync(request)).Person.Name);

        var error = await Assert.ThrowsAsync<RpcException>(() => admin.GetPersonAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal("RATE_LIMITED", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("rate limit: 3 requests per 600 s per key; retry later", error.Status.Detail);

        var other = new RosterService.RosterServiceClient(host.AnonymousChannel);
        Assert.Equal("岳江", (await other.GetPersonAsync(request)).Person.Name);
    }

    [Fact]
    public async Task Over_http_json_the_refusal_is_429()
    {
        await using var host = await RosterServerHost.StartAsync(true, true, "--Roster:RateLimit:PermitLimit=2", "--Roster:RateLimit:WindowSeconds=600");
        using var http = new HttpClient();
        var url = new Uri(host.HttpAddress, "/v1/people/岳江");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode);
        using var refused = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("600", refused.Headers.RetryAfter?.ToString());
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("\"code\": 8", body);
        // Anonymous: the limit is the client address's, and the message says so.
        Assert.Contains("rate limit: 2 requests per 600 s per client address", body);
        // Credentials that are not valid do not earn a key's limit, and the message does not tell the client to send one.
        using var withBadKey = new HttpRequestMessage(HttpMethod.Get, url);
        withBadKey.Headers.Add("x-api-key", "rk_notakey");
        using var badKey = await http.SendAsync(withBadKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, badKey.StatusCode);
        Assert.Contains("per client address (the credentials sent are not valid, so they count as none)", await badKey.Content.ReadAsStringAsync());
        // Health probes are not a client's calls: they answer however many the window has seen.
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(host.HttpAddress, "/healthz"))).StatusCode);
    }

    [Fact]
    public async Task A_rate_limited_write_is_audited_as_rate_limited_before_its_answer()
    {
        await using var host = await RosterServerHost.StartAsync(true, true, "--Roster:RateLimit:PermitLimit=1", "--Roster:RateLimit:WindowSeconds=600");
        var request = new GetPersonRequest { Name = "岳江" };
        Assert.Equal("岳江", (await new RosterService.RosterServiceClient(host.Channel).GetPersonAsync(request)).Person.Name);
        var orders = new OrderService.OrderServiceClient(host.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            orders.SubmitOrderAsync(new SubmitOrderRequest(), new Metadata { { "x-request-id", "rate-limited-write" } }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        var audit = host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == "rate-limited-write"));
        Assert.Equal(("roster.v1.OrderService/SubmitOrder", "RESOURCE_EXHAUSTED", "RATE_LIMITED"), (audit.Method, audit.Status, audit.Reason));
    }
}
