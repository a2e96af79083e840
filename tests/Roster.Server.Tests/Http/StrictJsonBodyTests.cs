using System.Net;
using System.Text;
using System.Text.Json;
using Roster.Server.Http;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Http;

/// <summary>HTTP/JSON bodies are read as strictly as YAML order files: an unknown field, a key given twice, a wrong
/// type or enum name is 400 INVALID_ARGUMENT naming the field, nothing is stored, and the refusal is audited.</summary>
public sealed class StrictJsonBodyTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string Valid = """{"issuer":"阳泉市人民政府","documentNumber":"阳政任字〔2022〕{0}号","issuedOn":{"year":2022,"month":3,"day":1},"items":[{"action":"ORDER_ACTION_APPOINT","person":"试用人","organization":"阳泉市公安局","title":"副局长"{1}}]{2}}""";

    private static string Order(int number, string item = "", string order = "") =>
        "{\"order\":" + Valid.Replace("{0}", number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{1}", item).Replace("{2}", order) + "}";

    private async Task<(HttpStatusCode Status, JsonDocument Body)> PostAsync(string body, string requestId, string path = "/v1/orders", string? key = "")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Host.HttpAddress, path))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Length > 0 ? key : server.Host.AdminKey);
        request.Headers.Add("x-request-id", requestId);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static TheoryData<string, string, string, string> Refused() => new()
    {
        { "unknown field", Order(801, order: ",\"efectiveOn\":{\"year\":2022,\"month\":3,\"day\":1}"), "order.efectiveOn", JsonBodyProblem.UnknownField },
        { "unknown item field", Order(802, item: ",\"probaton\":\"P1Y\""), "order.items[0].probaton", JsonBodyProblem.UnknownField },
        { "duplicate key", Order(803, item: ",\"person\":\"另一人\""), "order.items[0].person", JsonBodyProblem.DuplicateKey },
        { "proto and JSON name", Order(804, order: ",\"document_number\":\"阳政任字〔2022〕805号\""), "order.document_number", JsonBodyProblem.DuplicateKey },
        { "unknown enum name", Order(806).Replace("ORDER_ACTION_APPOINT", "FIRE"), "order.items[0].action", JsonBodyProblem.InvalidValue },
        { "wrong type", Order(807).Replace("\"year\":2022", "\"year\":\"two thousand\""), "order.issuedOn.year", JsonBodyProblem.InvalidValue },
        { "null in a list", "{\"order\":{\"items\":[null]}}", "order.items[0]", JsonBodyProblem.InvalidValue },
        { "32-bit integer as a string", Order(813).Replace("\"year\":2022", "\"year\":\"2022\""), "order.issuedOn.year", JsonBodyProblem.InvalidValue },
        { "32-bit integer with a fraction", Order(814).Replace("\"month\":3", "\"month\":3.0"), "order.issuedOn.month", JsonBodyProblem.InvalidValue },
        { "not JSON", "{\"order\":", "body", JsonBodyProblem.NotJson },
        { "lone surrogate", Order(808).Replace("试用人", "\\ud800试用人"), "order.items[0].person", JsonBodyProblem.InvalidValue },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_body_that_is_not_the_message_is_400_naming_the_field_stores_nothing_and_is_audited(string what, string body, string field, string reason)
    {
        var before = server.Host.Snapshot();
        var requestId = "strict-json-" + Guid.NewGuid().ToString("N");

        var (status, json) = await PostAsync(body, requestId);

        Assert.True(status == HttpStatusCode.BadRequest, $"{what}: {status}");
        Assert.Equal(3, json.RootElement.GetProperty("code").GetInt32());
        var details = json.RootElement.GetProperty("details").EnumerateArray().ToList();
        Assert.Equal(reason, details.Single(d => d.GetProperty("@type").GetString()!.EndsWith("ErrorInfo", StringComparison.Ordinal)).GetProperty("reason").GetString());
        var violation = details.Single(d => d.GetProperty("@type").GetString()!.EndsWith("BadRequest", StringComparison.Ordinal)).GetProperty("fieldViolations").EnumerateArray().Single();
        Assert.Equal(field, violation.GetProperty("field").GetString());
        Assert.Equal(before, server.Host.Snapshot());
        var audit = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == requestId));
        Assert.Equal(("roster.v1.OrderService/SubmitOrder", "INVALID_ARGUMENT", reason), (audit.Method, audit.Status, audit.Reason));
    }

    [Theory]
    [InlineData("byte order mark", "\uFEFF{\"order\":{}}", "body: the body is not JSON (line 1, byte 1): it starts with a byte order mark (EF BB BF); send UTF-8 without one")]
    [InlineData("raw NUL", "{\"order\":{\"documentNumber\":\"a\u0000b\"}}", "body: the body is not JSON (line 1, byte 30): '0x00' is invalid within a JSON string")]
    public async Task A_body_that_is_not_JSON_says_what_the_reader_found(string what, string body, string message)
    {
        var (status, json) = await PostAsync(body, "strict-json-" + Guid.NewGuid().ToString("N"));

        Assert.True(status == HttpStatusCode.BadRequest, $"{what}: {status}");
        Assert.StartsWith(message, json.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_nested_deeper_than_the_limit_says_so()
    {
        var (status, json) = await PostAsync(new string('[', 100), "strict-json-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("depth of 64", json.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_by_its_content_type_is_415_with_a_status_and_audited()
    {
        var requestId = "strict-json-" + Guid.NewGuid().ToString("N");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Host.HttpAddress, "/v1/orders"))
        {
            Content = new StringContent(Order(809), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
        request.Headers.Add("x-request-id", requestId);

        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("'text/plain; charset=utf-8'", json.RootElement.GetProperty("message").GetString());
        var audit = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == requestId));
        Assert.Equal(("INVALID_ARGUMENT", JsonBodyProblem.NotJsonContent), (audit.Status, audit.Reason));
    }

    /// <summary>Sends a raw HTTP/1.1 POST /v1/orders with an admin key, <paramref name="requestId"/> and <paramref name="rest"/>
    /// (the last headers and the body as sent); returns the status line and the answer's first chunk (the Status JSON,
    /// ASCII), read without waiting for the server to finish reading the body.</summary>
    private async Task<(string? StatusLine, string Body)> RawPostAsync(string requestId, string rest)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.Host.HttpAddress.Host, server.Host.HttpAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST /v1/orders HTTP/1.1\r\nHost: {server.Host.HttpAddress.Authority}\r\nContent-Type: application/json\r\n" +
            $"Authorization: Bearer {server.Host.AdminKey}\r\nx-request-id: {requestId}\r\n" + rest;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var statusLine = await reader.ReadLineAsync();
        string? line;
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync())) { }
        var size = Convert.ToInt32(await reader.ReadLineAsync(), 16);
        var body = new char[size];
        await reader.ReadBlockAsync(body);
        return (statusLine, new string(body));
    }

    [Fact]
    public async Task A_body_past_the_size_limit_is_413_with_a_status_and_audited_not_an_unhandled_exception()
    {
        var requestId = "strict-json-" + Guid.NewGuid().ToString("N");
        // Raw HTTP/1.1 announcing a 6 MB body and sending its first byte: Kestrel refuses by the announced length, and a
        // client still writing megabytes would meet the closed connection before it read the answer.
        var (statusLine, body) = await RawPostAsync(requestId, "Content-Length: 6000000\r\n\r\n{");

        Assert.Equal("HTTP/1.1 413 Payload Too Large", statusLine);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(8, json.RootElement.GetProperty("code").GetInt32());
        var audit = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == requestId));
        Assert.Equal(("RESOURCE_EXHAUSTED", Errors.MalformedFrames.TooLargeReason), (audit.Status, audit.Reason));
        Assert.DoesNotContain(server.Host.Logs.Entries, e => e.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(HttpStatusCode Status, JsonDocument Body)> SendWithContentTypeAsync(HttpMethod method, string path, string contentType, string body, string requestId)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(server.Host.HttpAddress, path)) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
        request.Headers.Add("x-request-id", requestId);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("application/json; charset=bogus", "bogus")]
    [InlineData("application/json; charset=windows-1252", "windows-1252")]
    [InlineData("application/json; charset=\"utf-16\"", "utf-16")]
    [InlineData("application/json; charset=", "")]
    public async Task A_body_in_a_charset_other_than_utf8_is_415_naming_the_content_type_not_a_500(string contentType, string charset)
    {
        var requestId = "strict-json-" + Guid.NewGuid().ToString("N");
        var before = server.Host.Snapshot();

        var (status, json) = await SendWithContentTypeAsync(HttpMethod.Post, "/v1/orders", contentType, Order(811), requestId);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal($"content-type: charset '{charset}' is not read: a JSON body is UTF-8; send charset=utf-8 or no charset",
            json.RootElement.GetProperty("message").GetString());
        Assert.Equal(before, server.Host.Snapshot());
        var audit = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == requestId));
        Assert.Equal(("INVALID_ARGUMENT", JsonBodyProblem.NotJsonContent), (audit.Status, audit.Reason));
        Assert.DoesNotContain(server.Host.Logs.Entries, e => e.Contains("Unable to read the request as JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quoted_upper_case_utf8_charset_is_read_and_a_get_ignores_its_content_type()
    {
        var (posted, order) = await SendWithContentTypeAsync(HttpMethod.Post, "/v1/orders", "application/json; charset=\"UTF-8\"", Order(812), "strict-json-812");
        Assert.Equal(HttpStatusCode.OK, posted);
        Assert.Equal("阳政任字〔2022〕812号", order.RootElement.GetProperty("order").GetProperty("documentNumber").GetString());

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Host.HttpAddress, "/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=2022-01-29"))
        {
            Content = new StringContent("", Encoding.UTF8),
        };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"person\":\"靳润喜\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_in_broken_chunked_framing_is_400_body_incomplete_audited_not_an_unhandled_exception()
    {
        var requestId = "strict-json-" + Guid.NewGuid().ToString("N");
        var (statusLine, body) = await RawPostAsync(requestId, "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"ord\r\nZZ\r\n");

        Assert.Equal("HTTP/1.1 400 Bad Request", statusLine);
        using var json = JsonDocument.Parse(body);
        Assert.StartsWith("the request body was not received whole: ", json.RootElement.GetProperty("message").GetString());
        var audit = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == requestId));
        Assert.Equal(("INVALID_ARGUMENT", StrictJsonBodies.IncompleteReason), (audit.Status, audit.Reason));
        Assert.DoesNotContain(server.Host.Logs.Entries, e => e.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_valid_body_with_proto_field_names_and_enum_numbers_is_recorded()
    {
        var body = Order(810).Replace("\"documentNumber\"", "\"document_number\"").Replace("\"ORDER_ACTION_APPOINT\"", "1");

        var (status, json) = await PostAsync(body, "strict-json-valid-810");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("阳政任字〔2022〕810号", json.RootElement.GetProperty("order").GetProperty("documentNumber").GetString());
    }

    [Theory]
    [InlineData("/v1/people:judge", "{\"frist\":\"people/1\"}")]
    [InlineData("/v1/people:judge", "garbage")]
    [InlineData("/v1/orders", "{\"order\":")]
    public async Task Without_a_key_a_write_is_401_before_its_body_is_read_and_is_audited(string path, string body)
    {
        var requestId = "strict-json-nokey-" + Guid.NewGuid().ToString("N");

        var (status, json) = await PostAsync(body, requestId, path, key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(16, json.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("CREDENTIALS_REQUIRED", json.RootElement.GetProperty("details").EnumerateArray().Single().GetProperty("reason").GetString());
        var audit = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == requestId));
        Assert.Equal(("UNAUTHENTICATED", "CREDENTIALS_REQUIRED"), (audit.Status, audit.Reason));
    }
}
