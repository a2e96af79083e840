using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Http;

/// <summary>The HTTP/1.1 JSON listener: README's curl line, typable dates, the OpenAPI document, metrics apart.</summary>
public sealed class HttpJsonTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly HttpClient Http = new() { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

    /// <summary>The first line of README.md that runs curl on an officeholders URL, and that URL.</summary>
    private static string ReadmeCurlUrl()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Roster.sln"))) directory = directory.Parent!;
        var line = File.ReadLines(Path.Combine(directory.FullName, "README.md")).First(l => l.Contains("curl", StringComparison.Ordinal) && l.Contains("officeholders", StringComparison.Ordinal));
        return Regex.Match(line, @"'(http://[^']+)'").Groups[1].Value;
    }

    private Uri OnTestServer(string readmeUrl) => new(server.Host.HttpAddress, new Uri(readmeUrl).PathAndQuery);

    [Fact]
    public async Task The_README_curl_line_answers_Mi_Bingsheng_over_HTTP_1_1()
    {
        var url = ReadmeCurlUrl();
        Assert.StartsWith("http://127.0.0.1:5081/v1/organizations/", url);

        using var response = await Http.GetAsync(OnTestServer(url));

        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("阳泉市公安局", json.RootElement.GetProperty("organization").GetString());
        Assert.Equal("COVERAGE_HELD", json.RootElement.GetProperty("coverage").GetString());
        var holder = Assert.Single(json.RootElement.GetProperty("officeholders").EnumerateArray());
        Assert.Equal("米炳生", holder.GetProperty("person").GetString());
        Assert.Equal("阳政任字〔2022〕2号", holder.GetProperty("startedBy").GetString());
    }

    [Fact]
    public async Task As_recorded_before_anything_was_recorded_the_head_is_unknown_over_http()
    {
        using var response = await Http.GetAsync(new Uri(server.Host.HttpAddress,
            "/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=2022-01-29&as_recorded_at=2000-01-01T00:00:00Z"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("COVERAGE_UNKNOWN", json.RootElement.GetProperty("coverage").GetString());
    }

    [Fact]
    public async Task The_day_before_answers_Jin_Runxi()
    {
        using var response = await Http.GetAsync(new Uri(server.Host.HttpAddress, "/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=2022-01-29"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"person\":\"靳润喜\"", body);
    }

    [Fact]
    public async Task An_impossible_date_in_the_url_is_400_naming_the_field()
    {
        using var response = await Http.GetAsync(new Uri(server.Host.HttpAddress, "/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=2022-02-30"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, json.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("2022-02-30 is not a calendar date", json.RootElement.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("rank=HEAD&as_of=garbage", "as_of", "DATE_INVALID", "as_of: expected a calendar date YYYY-MM-DD, got 'garbage'")]
    [InlineData("rank=HEAD&asOf=2022-1-30", "asOf", "DATE_INVALID", "asOf: expected a calendar date YYYY-MM-DD, got '2022-1-30'")]
    [InlineData("rank=BOSS&as_of=2022-01-30", "rank", "ENUM_INVALID", "rank: expected one of HEAD, DEPUTY, MEMBER, OTHER, got 'BOSS'")]
    [InlineData("/v1/orders?page_size=99999999999", "page_size", "INTEGER_INVALID", "page_size: expected a whole number from -2147483648 to 2147483647, got '99999999999'")]
    [InlineData("/v1/orders?pageSize=abc", "pageSize", "INTEGER_INVALID", "pageSize: expected a whole number from -2147483648 to 2147483647, got 'abc'")]
    [InlineData("/v1/changes:watch?since_cursor=abc", "since_cursor", "INTEGER_INVALID", "since_cursor: expected a whole number from -9223372036854775808 to 9223372036854775807, got 'abc'")]
    public async Task A_malformed_typed_parameter_is_400_with_error_info_and_the_field(string query, string field, string reason, string message)
    {
        var url = query.StartsWith('/') ? query : "/v1/organizations/阳泉市公安局/officeholders?" + query;
        using var response = await Http.GetAsync(new Uri(server.Host.HttpAddress, url));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, json.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(message, json.RootElement.GetProperty("message").GetString());
        var details = json.RootElement.GetProperty("details").EnumerateArray().ToList();
        Assert.Contains(details, d => d.TryGetProperty("reason", out var r) && r.GetString() == reason);
        var violation = Assert.Single(details.Single(d => d.TryGetProperty("fieldViolations", out _)).GetProperty("fieldViolations").EnumerateArray());
        Assert.Equal(field, violation.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("rank=HEAD&as_of=2022-01-30", "米炳生")]
    [InlineData("rank=POST_RANK_HEAD&as_of=2022-01-30", "米炳生")]
    [InlineData("rank=1&as_of=2022-01-30", "米炳生")]
    [InlineData("rank=DEPUTY&as_of=2022-01-12", "赵海金")]
    public async Task Enum_short_words_full_names_and_numbers_all_bind(string query, string person)
    {
        var body = await Http.GetStringAsync(new Uri(server.Host.HttpAddress, "/v1/organizations/阳泉市公安局/officeholders?" + query));
        Assert.Contains($"\"person\":\"{person}\"", body);
    }

    [Fact]
    public async Task A_person_and_an_order_by_url()
    {
        // response_body: the body is the person and the order themselves, not {"person": …} / {"order": …}.
        using var person = JsonDocument.Parse(await Http.GetStringAsync(new Uri(server.Host.HttpAddress, "/v1/people/岳江")));
        Assert.Equal("岳江", person.RootElement.GetProperty("name").GetString());
        Assert.Contains(person.RootElement.GetProperty("tenures").EnumerateArray(), t => t.GetProperty("organization").GetString() == "阳泉市公安局国内安全保卫支队");
        using var order = JsonDocument.Parse(await Http.GetStringAsync(new Uri(server.Host.HttpAddress, "/v1/orders/" + Uri.EscapeDataString("阳政任字〔2022〕1号"))));
        Assert.Equal("阳政任字〔2022〕1号", order.RootElement.GetProperty("documentNumber").GetString());
        Assert.Equal("ORDER_ACTION_APPOINT", order.RootElement.GetProperty("items")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Submitting_over_json_without_a_key_is_401()
    {
        var before = server.Host.Snapshot();
        using var response = await Http.PostAsync(new Uri(server.Host.HttpAddress, "/v1/orders"),
            new StringContent("""{"order":{"documentNumber":"阳政任字〔2022〕9号","issuer":"阳泉市人民政府"}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, server.Host.Snapshot());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_query_routes()
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync(new Uri(server.Host.HttpAddress, "/openapi/v1.json")));
        var paths = json.RootElement.GetProperty("paths");
        Assert.Equal(
            ["/v1/anomalies", "/v1/apiKeys", "/v1/apiKeys/{prefix}:revoke", "/v1/auditEvents", "/v1/changes:watch", "/v1/externalIdentifiers", "/v1/groups", "/v1/groups/{group}/roster",
                "/v1/listings", "/v1/notices:parse", "/v1/orders", "/v1/orders/{document_number}", "/v1/organizations/{organization}/lineageEvents",
                "/v1/organizations/{organization}/officeholders", "/v1/organizations:recordLineage",
                "/v1/people", "/v1/people/{name}", "/v1/people:judge", "/v1/portfolios", "/v1/probations", "/v1/probations:confirm", "/v1/reviewItems",
                "/v1/rosters", "/v1/tenures"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var officeholders = paths.GetProperty("/v1/organizations/{organization}/officeholders").GetProperty("get");
        var parameters = officeholders.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["organization", "title", "rank", "as_of", "as_recorded_at"], parameters);
        Assert.True(paths.GetProperty("/v1/orders").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/v1/orders").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task The_OpenAPI_schemas_describe_every_property_a_real_answer_has()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(new Uri(server.Host.HttpAddress, "/openapi/v1.json")));
        var components = document.RootElement.GetProperty("components").GetProperty("schemas");
        JsonElement Resolve(JsonElement schema) =>
            schema.TryGetProperty("$ref", out var reference) ? components.GetProperty(reference.GetString()!["#/components/schemas/".Length..]) : schema;
        var response = Resolve(document.RootElement.GetProperty("paths").GetProperty("/v1/organizations/{organization}/officeholders")
            .GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        using var answer = JsonDocument.Parse(await Http.GetStringAsync(new Uri(server.Host.HttpAddress,
            "/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=2022-01-29")));

        var checkedProperties = new List<string>();
        void Conforms(JsonElement value, JsonElement schema, string path)
        {
            schema = Resolve(schema);
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    var properties = schema.GetProperty("properties");
                    foreach (var property in value.EnumerateObject())
                    {
                        Assert.True(properties.TryGetProperty(property.Name, out var propertySchema), $"{path}.{property.Name} is not in the schema");
                        checkedProperties.Add($"{path}.{property.Name}");
                        Conforms(property.Value, propertySchema, $"{path}.{property.Name}");
                    }
                    break;
                case JsonValueKind.Array:
                    Assert.Equal("array", schema.GetProperty("type").GetString());
                    foreach (var item in value.EnumerateArray()) Conforms(item, schema.GetProperty("items"), path + "[]");
                    break;
                case JsonValueKind.String:
                    Assert.Equal("string", schema.GetProperty("type").GetString());
                    if (schema.TryGetProperty("enum", out var names)) Assert.Contains(value.GetString(), names.EnumerateArray().Select(n => n.GetString()));
                    break;
                case JsonValueKind.Number:
                    Assert.Equal("integer", schema.GetProperty("type").GetString());
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    Assert.Equal("boolean", schema.GetProperty("type").GetString());
                    break;
            }
        }
        Conforms(answer.RootElement, response, "$");

        Assert.Contains("$.coverage", checkedProperties);
        Assert.Contains("$.officeholders[].endOn.year", checkedProperties);
        Assert.Contains("$.officeholders[].person", checkedProperties);
    }

    [Fact]
    public async Task Metrics_are_served_in_Prometheus_format_on_their_own_port_only()
    {
        // What one server's metrics hold is read from a server process of its own (MetricsProcessTests): in this process
        // every server's exporter also sees the others' meters.
        var metrics = await Http.GetStringAsync(new Uri(server.Host.MetricsAddress, "/metrics"));
        Assert.Contains("# TYPE ", metrics);
        using var elsewhere = await Http.GetAsync(new Uri(server.Host.HttpAddress, "/metrics"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        using var onlyMetrics = await Http.GetAsync(new Uri(server.Host.MetricsAddress, "/v1/people/岳江"));
        Assert.Equal(HttpStatusCode.NotFound, onlyMetrics.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/v1/nothing")]
    [InlineData("DELETE", "/v1/orders")]
    public async Task A_request_no_route_takes_is_a_google_rpc_Status_body(string method, string path)
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(server.Host.HttpAddress, path)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, status.RootElement.GetProperty("code").GetInt32());
        Assert.Equal($"no route {method} {path}: the routes are in /openapi/v1.json", status.RootElement.GetProperty("message").GetString());
    }
}
