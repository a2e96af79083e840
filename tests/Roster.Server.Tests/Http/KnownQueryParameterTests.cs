using System.Net;
using System.Text;
using System.Text.Json;
using Roster.Server.Http;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Http;

/// <summary>A query parameter the route does not read is 400 naming it, not dropped into an answer that looks right.</summary>
public sealed class KnownQueryParameterTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly HttpClient Http = new();

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string pathAndQuery)
    {
        using var response = await Http.GetAsync(new Uri(server.Host.HttpAddress, pathAndQuery));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static (string? Reason, string? Field) RefusalOf(JsonElement body)
    {
        var details = body.GetProperty("details").EnumerateArray().ToList();
        return (details.Single(d => d.TryGetProperty("reason", out _)).GetProperty("reason").GetString(),
            details.Single(d => d.TryGetProperty("fieldViolations", out _)).GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_misspelt_as_of_is_400_naming_it_instead_of_answering_for_today()
    {
        var (status, body) = await GetAsync("/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&asof=2022-01-29");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal((KnownQueryParameters.Reason, "asof"), RefusalOf(body));
        Assert.Equal("asof: GET /v1/organizations/阳泉市公安局/officeholders has no such parameter; it reads title, rank, as_of, as_recorded_at",
            body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_single_valued_parameter_given_twice_is_400_naming_it()
    {
        var (status, body) = await GetAsync("/v1/organizations/阳泉市公安局/officeholders?rank=HEAD&as_of=2022-01-29&as_of=2022-01-30");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal((KnownQueryParameters.RepeatedReason, "as_of"), RefusalOf(body));
        Assert.Equal("as_of: given 2 times (under any spelling); it takes one value", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("rank=HEAD&as_of=2022-01-29&asOf=2022-01-30", "as_of")]
    [InlineData("rank=HEAD&as_of=2022-01-29&organization=太原市公安局", "organization")]
    public async Task One_field_under_two_spellings_or_a_field_the_path_binds_is_refused(string query, string field)
    {
        var (status, body) = await GetAsync("/v1/organizations/阳泉市公安局/officeholders?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(field, RefusalOf(body).Field);
        Assert.Equal(field == "as_of" ? "as_of: given 2 times (under any spelling); it takes one value"
            : "organization: GET /v1/organizations/阳泉市公安局/officeholders takes it from the path, not the query string",
            body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("rank=HEAD&as_of=2022-01-29")]
    [InlineData("rank=HEAD&asOf=2022-01-29")]
    [InlineData("rank=HEAD&as_of.year=2022&as_of.month=1&as_of.day=29")]
    public async Task Every_spelling_the_transcoder_binds_is_read(string query)
    {
        var (status, body) = await GetAsync("/v1/organizations/阳泉市公安局/officeholders?" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("靳润喜", body.GetProperty("officeholders")[0].GetProperty("person").GetString());
    }

    [Fact]
    public async Task Validate_only_in_the_query_string_of_a_body_route_is_400_and_records_nothing()
    {
        var before = server.Host.Snapshot();
        var order = Google.Protobuf.JsonFormatter.Default.Format(new Roster.Protos.V1.SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕820号") });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Host.HttpAddress, "/v1/orders?validate_only=true"))
        {
            Content = new StringContent(order, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
        request.Headers.Add("x-request-id", "query-on-a-body-route");

        using var response = await Http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((KnownQueryParameters.Reason, "validate_only"), RefusalOf(json.RootElement));
        Assert.Equal("validate_only: POST /v1/orders reads its fields from the JSON body, not the query string", json.RootElement.GetProperty("message").GetString());
        Assert.Equal(before, server.Host.Snapshot());
        var audit = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == "query-on-a-body-route"));
        Assert.Equal(("INVALID_ARGUMENT", KnownQueryParameters.Reason), (audit.Status, audit.Reason));
    }

    [Fact]
    public async Task Every_query_parameter_the_OpenAPI_document_lists_is_read()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(new Uri(server.Host.HttpAddress, "/openapi/v1.json")));
        var checkedParameters = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            // The change feed streams until the client leaves: its parameters are read by the test below.
            if (path.Name.EndsWith(":watch", StringComparison.Ordinal)) continue;
            if (!path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("parameters", out var parameters)) continue;
            var url = System.Text.RegularExpressions.Regex.Replace(path.Name, @"\{[^}]+\}", "x");
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                var (status, body) = await GetAsync($"{url}?{parameter.GetProperty("name").GetString()}=1");
                Assert.False(status == HttpStatusCode.BadRequest && body.GetRawText().Contains(KnownQueryParameters.Reason, StringComparison.Ordinal),
                    $"{path.Name} lists {parameter.GetProperty("name").GetString()} but refuses it");
                checkedParameters++;
            }
        }
        Assert.True(checkedParameters > 30, $"only {checkedParameters} query parameters in the document");
    }

    [Fact]
    public async Task The_change_feed_refuses_a_misspelt_cursor_and_reads_the_right_one()
    {
        var (status, body) = await GetAsync("/v1/changes:watch?since=0");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal((KnownQueryParameters.Reason, "since"), RefusalOf(body));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Host.HttpAddress, "/v1/changes:watch?since_cursor=0"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        using var first = JsonDocument.Parse((await reader.ReadLineAsync(cancel.Token))!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", first.RootElement.GetProperty("cursor").GetString());
    }
}
