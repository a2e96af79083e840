using System.Net;
using System.Reflection;
using System.Text;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Server.Security;
using Roster.Testing.Hosting;
using Xunit.Abstractions;

namespace Roster.Server.Tests.Hostile;

/// <summary>
/// The standing sweep: every RPC of every service of the public contract (found by reflection over the generated
/// descriptors, so a new RPC is swept without a change here) gets hostile requests over gRPC as raw bytes and over
/// HTTP/JSON as raw bodies, path values and query strings. No call may end in UNKNOWN, INTERNAL or UNAVAILABLE, or an
/// HTTP 5xx, or show a stack trace; every refused write leaves an audit row; a refused call stores nothing.
/// </summary>
public sealed class EveryRpcSweepTests(SeededServer server, ITestOutputHelper output) : IClassFixture<SeededServer>
{
    /// <summary>Every method of every roster.v1 service.</summary>
    public static IReadOnlyList<MethodDescriptor> Methods() => typeof(SubmitOrderRequest).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Reflection", StringComparison.Ordinal))
        .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
        .OfType<FileDescriptor>()
        .Where(f => f.Package == "roster.v1")
        .SelectMany(f => f.Services).SelectMany(s => s.Methods)
        .OrderBy(m => m.FullName, StringComparer.Ordinal).ToList();

    /// <summary>Request bytes no client would send: garbage, truncation, text that is not UTF-8, deep nesting, negative
    /// and huge numbers in every field number a message may have, an oversized message.</summary>
    private static IEnumerable<(string What, byte[] Bytes)> RawRequests()
    {
        yield return ("empty", []);
        yield return ("4,000 garbage bytes", MalformedProtobufTests.Garbage());
        yield return ("field 1 cut off", [0x0A, 0x05, 0x41]);
        yield return ("field 1 not UTF-8", [0x0A, 0x02, 0xFF, 0xFE]);
        yield return ("5,000 nested groups", MalformedProtobufTests.NestedGroups(5000));
        yield return ("an invalid tag", [0x00, 0x00]);
        for (var field = 1; field <= 8; field++)
        {
            // The same field number as every wire type: a varint of -1, a 64-bit and a 32-bit value, a 100,000-byte string.
            yield return ($"field {field} varint -1", Encode(o => { o.WriteTag(field, WireFormat.WireType.Varint); o.WriteInt64(-1); }));
            yield return ($"field {field} fixed64", Encode(o => { o.WriteTag(field, WireFormat.WireType.Fixed64); o.WriteFixed64(ulong.MaxValue); }));
            yield return ($"field {field} fixed32", Encode(o => { o.WriteTag(field, WireFormat.WireType.Fixed32); o.WriteFixed32(uint.MaxValue); }));
            yield return ($"field {field} 100,000 characters", Encode(o => { o.WriteTag(field, WireFormat.WireType.LengthDelimited); o.WriteString(new string('长', 100_000)); }));
        }
        yield return ("5 MiB", Encode(o => { o.WriteTag(1, WireFormat.WireType.LengthDelimited); o.WriteBytes(ByteString.CopyFrom(new byte[5 << 20])); }));
    }

    private static byte[] Encode(Action<CodedOutputStream> write)
    {
        using var memory = new MemoryStream();
        var output = new CodedOutputStream(memory);
        write(output);
        output.Flush();
        return memory.ToArray();
    }

    [Fact]
    public void The_sweep_finds_every_service_of_the_contract()
    {
        var services = Methods().Select(m => m.Service.Name).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["AdminService", "AnomalyService", "AuditService", "ChangeService", "GazetteService", "GroupService",
            "OrderService", "OrganizationService", "PeopleService", "ProbationService", "RosterService"], services);
    }

    [Fact]
    public async Task Every_rpc_over_grpc_answers_raw_hostile_bytes_without_unknown_or_internal_and_audits_refused_writes()
    {
        var tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var cases = 0;
        foreach (var method in Methods())
        {
            var path = $"/{method.Service.FullName}/{method.Name}";
            foreach (var (what, bytes) in RawRequests())
            {
                var before = server.Host.Snapshot();
                var audited = AuditRows(method);
                var status = await RawGrpc.CallAsync(server.Host.Channel, path, bytes, method.IsServerStreaming);
                cases++;
                var outcome = status.StatusCode;
                if (method.IsServerStreaming && outcome == StatusCode.DeadlineExceeded) outcome = StatusCode.OK; // a watch that waits
                tally[outcome.ToString()] = tally.GetValueOrDefault(outcome.ToString()) + 1;
                Assert.False(outcome is StatusCode.Unknown or StatusCode.Internal or StatusCode.Unavailable or StatusCode.DataLoss,
                    $"{path} with {what}: {status}");
                Assert.DoesNotContain("   at ", status.Detail);
                Assert.DoesNotContain("Exception", status.Detail);
                if (outcome == StatusCode.OK) continue;
                if (AccessPolicy.IsWrite(path))
                {
                    Assert.Equal(before, server.Host.Snapshot());
                    Assert.True(AuditRows(method) > audited, $"{path} with {what}: refused {outcome} without an audit row");
                }
            }
        }
        output.WriteLine($"gRPC sweep: {cases} hostile requests over {Methods().Count} RPCs: {string.Join(", ", tally.Select(t => $"{t.Key} {t.Value}"))}");
        Assert.Equal(Methods().Count * RawRequests().Count(), cases);
    }

    /// <summary>A text that breaks a URL, a name, a number or a date.</summary>
    private static readonly string[] HostilePathValues =
    [
        "%00", "%E2%80%AE", "..%2F..%2Fetc%2Fpasswd", "%27%3B%20DROP%20TABLE%20orders%3B--", "%3Cscript%3E", new('a', 10_000),
    ];

    private static readonly string[] HostileQueries =
    [
        "page_size=-1", "page_size=abc", "page_token=%00%01", "as_of=zz", "as_of=2022-02-30", "as_of.year=99999999999",
        "rank=BOSS", "rank=99", "status=OVERDUE", "format=99", "since_cursor=-5", "include_revoked=maybe", "resolve=2",
        "person=" + new string('长', 5_000),
    ];

    private static readonly string[] HostileBodies =
    [
        "", "not json", "null", "[]", "5", "{", """{"x":1}""", """{"order":{"items":[null]}}""", """{"order":5}""",
        """{"roster":{"seats":"x"}}""", """{"role":"GOD"}""", """{"validateOnly":"yes"}""", """{"order":{"decidedOn":{"year":"x"}}}""",
        "{\"a\":\"" + new string('长', 100_000) + "\"}", new string('[', 10_000),
    ];

    [Fact]
    public async Task Every_rpc_over_http_answers_hostile_requests_without_5xx_and_audits_refused_writes()
    {
        var routed = Methods().Where(m => Route(m) is not null).ToList();
        // Every RPC has an HTTP route: the sweep covers both transports for all of them.
        Assert.Equal(Methods().Select(m => m.FullName), routed.Select(m => m.FullName));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var tally = new SortedDictionary<int, int>();
        var cases = 0;
        var unhandled = 0;
        foreach (var method in routed)
        {
            var (verb, template, body) = Route(method)!.Value;
            var requests = new List<(string What, HttpRequestMessage Request)>();
            var paths = template.Contains('{') ? HostilePathValues.Select(v => Fill(template, v)).ToList() : [template];
            foreach (var path in paths)
            {
                if (body)
                {
                    foreach (var content in HostileBodies)
                        requests.Add(($"{path} body {Shorten(content)}", new HttpRequestMessage(verb, path) { Content = new StringContent(content, Encoding.UTF8, "application/json") }));
                }
                else
                {
                    requests.Add((path, new HttpRequestMessage(verb, path)));
                    foreach (var query in HostileQueries) requests.Add(($"{path}?{Shorten(query)}", new HttpRequestMessage(verb, path + "?" + query)));
                }
            }
            var write = AccessPolicy.IsWrite($"/{method.Service.FullName}/{method.Name}");
            foreach (var (what, request) in requests)
            {
                using (request)
                {
                    request.RequestUri = new Uri(server.Host.HttpAddress, request.RequestUri!.OriginalString);
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
                    var before = server.Host.Snapshot();
                    var audited = AuditRows(method);
                    using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(method.IsServerStreaming ? 2 : 20));
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
                    var status = (int)response.StatusCode;
                    cases++;
                    tally[status] = tally.GetValueOrDefault(status) + 1;
                    Assert.True(status < 500, $"{method.FullName} {what}: HTTP {status}");
                    if (!method.IsServerStreaming || status >= 400)
                    {
                        var text = await response.Content.ReadAsStringAsync(cancel.Token);
                        Assert.DoesNotContain("   at ", text);
                        Assert.DoesNotContain("Exception", text);
                    }
                    if (status < 400 || !write) continue;
                    // A request Kestrel refuses as malformed HTTP (a NUL in the path) never reaches the application, which
                    // answers every call it handles with x-request-id: there is no call to audit.
                    if (!response.Headers.Contains("x-request-id")) { unhandled++; continue; }
                    Assert.Equal(before, server.Host.Snapshot());
                    Assert.True(AuditRows(method) > audited, $"{method.FullName} {what}: refused {status} without an audit row");
                }
            }
        }
        output.WriteLine($"HTTP sweep: {cases} hostile requests over {routed.Count} routes: {string.Join(", ", tally.Select(t => $"{t.Key} {t.Value}"))}; {unhandled} refused by Kestrel before the application");
    }

    [Fact]
    public async Task A_write_refused_before_the_interceptors_is_audited_with_its_reason()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Host.HttpAddress, "/v1/orders"))
        {
            Content = new StringContent("{\"order\":5}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
        request.Headers.Add("x-request-id", "sweep-unread-body-1");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var row = server.Host.WithDatabase(db => db.AuditEvents.Single(e => e.RequestId == "sweep-unread-body-1"));
        Assert.Equal(("roster.v1.OrderService/SubmitOrder", "INVALID_ARGUMENT", "JSON_VALUE_INVALID", ""), (row.Method, row.Status, row.Reason, row.Target));
    }

    [Fact]
    public async Task A_grpc_write_over_the_size_cap_is_resource_exhausted_and_audited_as_too_large()
    {
        var audited = server.Host.WithDatabase(db => db.AuditEvents.Count(e => e.Method == "roster.v1.OrderService/SubmitOrder" && e.Reason == "MESSAGE_TOO_LARGE" && e.Status == "RESOURCE_EXHAUSTED"));

        var status = await RawGrpc.CallAsync(server.Host.Channel, "/roster.v1.OrderService/SubmitOrder", new byte[5 << 20]);

        Assert.Equal(StatusCode.ResourceExhausted, status.StatusCode);
        Assert.Equal(audited + 1, server.Host.WithDatabase(db => db.AuditEvents.Count(e => e.Method == "roster.v1.OrderService/SubmitOrder" && e.Reason == "MESSAGE_TOO_LARGE" && e.Status == "RESOURCE_EXHAUSTED")));
    }

    private static (HttpMethod Verb, string Template, bool Body)? Route(MethodDescriptor method)
    {
        if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not { } rule) return null;
        return rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => (HttpMethod.Get, rule.Get, false),
            HttpRule.PatternOneofCase.Post => (HttpMethod.Post, rule.Post, rule.Body.Length > 0),
            HttpRule.PatternOneofCase.Patch => (HttpMethod.Patch, rule.Patch, rule.Body.Length > 0),
            HttpRule.PatternOneofCase.Put => (HttpMethod.Put, rule.Put, rule.Body.Length > 0),
            HttpRule.PatternOneofCase.Delete => (HttpMethod.Delete, rule.Delete, false),
            _ => null,
        };
    }

    /// <summary>The template with every {variable} replaced by <paramref name="value"/> (already percent-encoded).</summary>
    private static string Fill(string template, string value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{') { result.Append(template[i]); continue; }
            i = template.IndexOf('}', i);
            result.Append(value);
        }
        return result.ToString();
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + $"…({text.Length})" : text;

    private int AuditRows(MethodDescriptor method)
    {
        var name = $"{method.Service.FullName}/{method.Name}";
        return server.Host.WithDatabase(db => db.AuditEvents.Count(e => e.Method == name));
    }
}
