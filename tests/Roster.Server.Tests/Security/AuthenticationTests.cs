using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Server.Security;
using Roster.Testing.Hosting;
using Role = Roster.Server.Security.Role;

namespace Roster.Server.Tests.Security;

/// <summary>Who may write what (docs/orders.md, filing), over a real server with real keys. The tests share one seeded
/// server: each files under its own document number and compares the database only around its own call.</summary>
public sealed class AuthenticationTests(SeededServer server) : IClassFixture<SeededServer>
{
    private readonly RosterServerHost _host = server.Host;

    private static SubmitOrderRequest Submit(string number = "阳政任字〔2022〕9号") => new() { Order = OrderBuilder.Appointment(number) };

    [Fact]
    public async Task SubmitOrder_without_a_key_is_unauthenticated_and_stores_nothing()
    {
        var before = _host.Snapshot();
        var error = await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(_host.AnonymousChannel).SubmitOrderAsync(Submit()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("CREDENTIALS_REQUIRED", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(before, _host.Snapshot());
    }

    [Fact]
    public async Task Two_different_credentials_in_one_call_are_unauthenticated_and_the_same_key_twice_is_not()
    {
        var yangquan = await _host.CreateKeyAsync("阳泉市人民政府", Role.Clerk);
        var taiyuan = await _host.CreateKeyAsync("太原市人民政府", Role.Clerk);
        var before = _host.Snapshot();
        using var http = new HttpClient();
        async Task<(System.Net.HttpStatusCode Status, string Body)> PostAsync(string apiKey, string authorization, string number, string? secondApiKey = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.HttpAddress, "/v1/orders"))
            {
                Content = new StringContent(Google.Protobuf.JsonFormatter.Default.Format(Submit(number)), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(ApiKeyAuthentication.Header, apiKey);
            if (secondApiKey is not null) request.Headers.Add(ApiKeyAuthentication.Header, secondApiKey);
            request.Headers.TryAddWithoutValidation("authorization", authorization);
            using var response = await http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        static (System.Net.HttpStatusCode, string?, string?) Refusal((System.Net.HttpStatusCode Status, string Body) answer)
        {
            using var json = System.Text.Json.JsonDocument.Parse(answer.Body);
            return (answer.Status, json.RootElement.GetProperty("details")[0].GetProperty("reason").GetString(), json.RootElement.GetProperty("message").GetString());
        }

        Assert.Equal((System.Net.HttpStatusCode.Unauthorized, ApiKeyAuthentication.AmbiguousReason, "two credentials: x-api-key and authorization; send one"),
            Refusal(await PostAsync(yangquan, "Bearer " + taiyuan, "阳政任字〔2022〕34号")));
        Assert.Equal((System.Net.HttpStatusCode.Unauthorized, ApiKeyAuthentication.AmbiguousReason, "two credentials: x-api-key and authorization; send one"),
            Refusal(await PostAsync(yangquan, "Basic eDp5", "阳政任字〔2022〕34号")));
        // HttpClient folds the two x-api-key values into one line ("rk_…, rk_…").
        Assert.Equal((System.Net.HttpStatusCode.Unauthorized, ApiKeyAuthentication.AmbiguousReason, "two credentials: a header sent twice with different values; send one"),
            Refusal(await PostAsync(yangquan, "Bearer " + yangquan, "阳政任字〔2022〕34号", secondApiKey: taiyuan)));
        Assert.Equal((System.Net.HttpStatusCode.Unauthorized, ApiKeyAuthentication.InvalidReason, "the API key is unknown, malformed, expired or revoked"),
            Refusal(await PostAsync("rk_notakey", "", "阳政任字〔2022〕34号")));
        // Over gRPC two metadata entries of one header: an admin key first must not carry a clerk's call.
        var twice = new Metadata { { ApiKeyAuthentication.Header, _host.AdminKey }, { ApiKeyAuthentication.Header, taiyuan } };
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new OrderService.OrderServiceClient(_host.AnonymousChannel).SubmitOrderAsync(Submit("阳政任字〔2022〕34号"), twice).ResponseAsync);
        Assert.Equal((StatusCode.Unauthenticated, ApiKeyAuthentication.AmbiguousReason, "two credentials: a header sent twice with different values; send one"),
            (error.StatusCode, error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason, error.Status.Detail));
        Assert.Equal(before, _host.Snapshot());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await PostAsync(yangquan, "Bearer " + yangquan, "阳政任字〔2022〕34号")).Status);
    }

    [Fact]
    public async Task A_clerk_of_another_issuer_is_permission_denied_nothing_stored_and_the_attempt_audited()
    {
        var clerk = await _host.CreateKeyAsync("太原市人民政府", Role.Clerk);
        var before = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(_host.ChannelWith(clerk)).SubmitOrderAsync(Submit("阳政任字〔2022〕33号")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal("ISSUER_NOT_OWN_OFFICE", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("a clerk key of 太原市人民政府 cannot file orders of 阳泉市人民政府", error.Status.Detail);
        Assert.Equal(before, _host.Snapshot());
        var audit = Assert.Single(_host.Logs.Entries, e => e.Contains("DENIED filing 阳政任字〔2022〕33号", StringComparison.Ordinal));
        Assert.Contains($"key {ApiKeySecret.PrefixOf(clerk)} of 太原市人民政府 was DENIED filing 阳政任字〔2022〕33号 of 阳泉市人民政府", audit);
    }

    [Fact]
    public async Task A_clerk_of_the_issuer_files_its_order_and_the_order_names_its_office()
    {
        var clerk = await _host.CreateKeyAsync("阳泉市人民政府", Role.Clerk);
        var response = await new OrderService.OrderServiceClient(_host.ChannelWith(clerk)).SubmitOrderAsync(Submit("阳政任字〔2022〕31号"));
        Assert.True(response.Created);
        Assert.Equal("阳泉市人民政府", response.Order.Source.SubmittedBy);
        var stored = (await new OrderService.OrderServiceClient(_host.AnonymousChannel).GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字〔2022〕31号" })).Order;
        Assert.Equal("阳泉市人民政府", stored.Source.SubmittedBy);
    }

    [Fact]
    public async Task A_reader_key_cannot_submit()
    {
        var reader = await _host.CreateKeyAsync("阳泉市人民政府", Role.Reader);
        var error = await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(_host.ChannelWith(reader)).SubmitOrderAsync(Submit()).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal("ROLE_INSUFFICIENT", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public async Task A_revoked_key_is_unauthenticated_even_for_reads()
    {
        var admin = new AdminService.AdminServiceClient(_host.Channel);
        var created = await admin.CreateApiKeyAsync(new CreateApiKeyRequest { Office = "阳泉市人民政府", Role = Protos.V1.Role.Clerk });
        var orders = new OrderService.OrderServiceClient(_host.ChannelWith(created.Secret));
        Assert.True((await orders.SubmitOrderAsync(Submit("阳政任字〔2022〕10号"))).Created);

        var revoked = (await admin.RevokeApiKeyAsync(new RevokeApiKeyRequest { Prefix = created.Key.Prefix })).Key;
        Assert.NotNull(revoked.RevokedAt);

        var write = await Assert.ThrowsAsync<RpcException>(() => orders.SubmitOrderAsync(Submit("阳政任字〔2022〕11号")).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, write.StatusCode);
        var read = await Assert.ThrowsAsync<RpcException>(() => orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字〔2022〕1号" }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, read.StatusCode);
    }

    [Fact]
    public async Task Keys_are_stored_only_as_hashes_and_listed_without_secrets()
    {
        var admin = new AdminService.AdminServiceClient(_host.Channel);
        var created = await admin.CreateApiKeyAsync(new CreateApiKeyRequest { Office = "阳泉市公安局", Role = Protos.V1.Role.Reader });

        Assert.StartsWith($"rk_{created.Key.Prefix}_", created.Secret);
        Assert.Equal(3 + 10 + 1 + 43, created.Secret.Length);
        Assert.DoesNotContain(created.Secret, _host.Snapshot());
        Assert.Contains(ApiKeySecret.Hash(created.Secret), _host.Snapshot());
        var listed = (await admin.ListApiKeysAsync(new ListApiKeysRequest())).Keys.Single(k => k.Prefix == created.Key.Prefix);
        Assert.Equal(("阳泉市公安局", Protos.V1.Role.Reader, "阳泉市人民政府"), (listed.Office, listed.Role, listed.CreatedBy));
    }

    [Fact]
    public async Task Admin_calls_need_the_admin_role()
    {
        var editor = await _host.CreateKeyAsync("阳泉市人民政府", Role.Editor);
        var asEditor = await Assert.ThrowsAsync<RpcException>(() => new AdminService.AdminServiceClient(_host.ChannelWith(editor)).ListApiKeysAsync(new ListApiKeysRequest()).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, asEditor.StatusCode);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() => new AdminService.AdminServiceClient(_host.AnonymousChannel).ListApiKeysAsync(new ListApiKeysRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_editor_files_orders_of_any_issuer()
    {
        var editor = await _host.CreateKeyAsync("山西省人民政府办公厅", Role.Editor);
        var response = await new OrderService.OrderServiceClient(_host.ChannelWith(editor)).SubmitOrderAsync(Submit("阳政任字〔2022〕32号"));
        Assert.True(response.Created);
    }

    [Fact]
    public async Task Anonymous_reads_answer_by_default()
    {
        var answer = await new RosterService.RosterServiceClient(_host.AnonymousChannel).ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-01-30"),
        });
        Assert.Equal("米炳生", Assert.Single(answer.Officeholders).Person);
    }
}

/// <summary>With <c>Roster:AllowAnonymousReads=false</c>, queries need a key too.</summary>
public sealed class ClosedReadsTests
{
    [Fact]
    public async Task Anonymous_reads_are_unauthenticated_and_a_reader_key_answers()
    {
        await using var host = await RosterServerHost.StartAsync(true, true, "--Roster:AllowAnonymousReads=false");
        var request = new ListOfficeholdersRequest { Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-01-30") };

        var error = await Assert.ThrowsAsync<RpcException>(() => new RosterService.RosterServiceClient(host.AnonymousChannel).ListOfficeholdersAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);

        var reader = await host.CreateKeyAsync("阳泉市公安局", Role.Reader);
        var answer = await new RosterService.RosterServiceClient(host.ChannelWith(reader)).ListOfficeholdersAsync(request);
        Assert.Equal("米炳生", Assert.Single(answer.Officeholders).Person);
    }
}
