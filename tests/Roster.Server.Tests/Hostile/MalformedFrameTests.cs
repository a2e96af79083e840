using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Server.Errors;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Hostile;

/// <summary>
/// gRPC requests whose framing is wrong (the 5-byte prefix of compressed flag and length, or the bytes after it), sent as
/// raw HTTP/2 as a broken client would: INVALID_ARGUMENT <c>FRAME_MALFORMED</c> or RESOURCE_EXHAUSTED
/// <c>MESSAGE_TOO_LARGE</c>, never UNKNOWN or INTERNAL; a refused write is audited, nothing is stored, and the server logs
/// no exception for it.
/// </summary>
public sealed class MalformedFrameTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string SubmitOrder = "/roster.v1.OrderService/SubmitOrder";

    private static byte[] Valid() => new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕903号"), ValidateOnly = true }.ToByteArray();

    private static byte[] Frame(byte flag, uint length, byte[] message)
    {
        var frame = new byte[5 + message.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), length);
        message.CopyTo(frame, 5);
        return frame;
    }

    private static byte[] Gzip(byte[] message)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest)) gzip.Write(message);
        return memory.ToArray();
    }

    public static TheoryData<string, string, string?, StatusCode, string> Cases()
    {
        var valid = Valid();
        var length = (uint)valid.Length;
        return new TheoryData<string, string, string?, StatusCode, string>
        {
            { "no body", "", null, StatusCode.InvalidArgument, "the request carries no message" },
            { "3 prefix bytes", Convert.ToBase64String(Frame(0, length, valid)[..3]), null, StatusCode.InvalidArgument, "the request ends inside the 5-byte message prefix (3 bytes)" },
            { "compressed flag 7", Convert.ToBase64String(Frame(7, length, valid)), null, StatusCode.InvalidArgument, "the message prefix's compressed flag is 7; it must be 0 or 1" },
            { "prefix longer than the data", Convert.ToBase64String(Frame(0, length + 10, valid)), null, StatusCode.InvalidArgument, $"the message ends after {length} of the {length + 10} bytes" },
            { "prefix shorter than the data", Convert.ToBase64String(Frame(0, length - 4, valid)), null, StatusCode.InvalidArgument, "4 bytes follow the message" },
            { "two messages", Convert.ToBase64String([.. Frame(0, length, valid), .. Frame(0, length, valid)]), null, StatusCode.InvalidArgument, $"{length + 5} bytes follow the message" },
            { "compressed without grpc-encoding", Convert.ToBase64String(Frame(1, length, valid)), null, StatusCode.InvalidArgument, "the message is marked compressed but the call names no grpc-encoding" },
            { "gzip that is not gzip", Convert.ToBase64String(Frame(1, length, valid)), "gzip", StatusCode.InvalidArgument, "the message is marked gzip but is not gzip data" },
            { "compressed with snappy", Convert.ToBase64String(Frame(1, length, valid)), "snappy", StatusCode.Unimplemented, "the message is compressed with 'snappy', which the server does not read; use one of identity, gzip, deflate" },
            { "length prefix 0xFFFFFFFF", Convert.ToBase64String(Frame(0, uint.MaxValue, valid)), null, StatusCode.ResourceExhausted, "the request message is larger than the server accepts" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_frame_is_refused_with_a_clear_status_audited_and_nothing_stored(string what, string base64, string? encoding,
        StatusCode expected, string message)
    {
        var before = server.Host.Snapshot();
        var audited = Audited(expected);

        var (status, detail) = await SendAsync(Convert.FromBase64String(base64), encoding);

        Assert.True(status == expected, $"{what}: {status} {detail}");
        Assert.StartsWith(message, detail);
        Assert.Equal(before, server.Host.Snapshot());
        Assert.Equal(audited + 1, Audited(expected));
        Assert.DoesNotContain(server.Host.Logs.Entries, e => e.Contains("Error reading message", StringComparison.Ordinal)
            || e.Contains("Error when executing service method", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_grpc_web_call_is_unimplemented_and_audited_not_internal()
    {
        var valid = Valid();
        var audited = Audited(StatusCode.Unimplemented, MalformedFrames.GrpcWebReason);

        var (status, detail) = await SendAsync(Frame(0, (uint)valid.Length, valid), null, "application/grpc-web+proto");

        Assert.Equal((StatusCode.Unimplemented, "gRPC-Web is not served: call with gRPC over HTTP/2 (content-type application/grpc), or use the HTTP/JSON port"),
            (status, detail));
        Assert.Equal(audited + 1, Audited(StatusCode.Unimplemented, MalformedFrames.GrpcWebReason));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    public async Task A_grpc_method_path_called_without_grpc_content_type_is_415_naming_it_not_internal(string contentType)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Host.Address, "/roster.v1.OrderService/GetOrder"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StringContent("{}", System.Text.Encoding.UTF8, contentType),
        };

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("3", response.Headers.GetValues("grpc-status").Single());
        Assert.Contains($"/roster.v1.OrderService/GetOrder is a gRPC method: send content-type application/grpc (the request's is '{contentType}; charset=utf-8')", body);
    }

    [Fact]
    public async Task A_well_framed_request_passes_the_check_plain_gzip_and_larger_than_the_peek()
    {
        var valid = Valid();
        var large = new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕904号"), ValidateOnly = true };
        large.Order.Title = new string('文', 100_000); // 300,000 bytes: read past Kestrel's first window of the stream

        Assert.Equal((StatusCode.OK, ""), await SendAsync(Frame(0, (uint)valid.Length, valid), null));
        var zipped = Gzip(valid);
        Assert.Equal((StatusCode.OK, ""), await SendAsync(Frame(1, (uint)zipped.Length, zipped), "gzip"));
        var (status, detail) = await SendAsync(Frame(0, (uint)large.CalculateSize(), large.ToByteArray()), null);
        // Read whole and judged by the service (a 100,000-character title is over its cap), not by the frame check.
        Assert.Equal(StatusCode.InvalidArgument, status);
        Assert.Contains("title", detail);
    }

    [Fact]
    public async Task A_message_past_the_size_cap_is_resource_exhausted_whether_announced_or_sent()
    {
        var body = new byte[Hosting.RosterServer.MaxMessageSize + 1024];
        var (status, detail) = await SendAsync(Frame(0, (uint)(body.Length), body), null);

        Assert.Equal(StatusCode.ResourceExhausted, status);
        Assert.StartsWith("the request message is larger than the server accepts", detail);
    }

    private async Task<(StatusCode Status, string Detail)> SendAsync(byte[] body, string? encoding, string contentType = "application/grpc")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Host.Address, SubmitOrder))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.TE.ParseAdd("trailers");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Host.AdminKey);
        if (encoding is not null) request.Headers.Add("grpc-encoding", encoding);
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string? Header(string name) =>
            response.TrailingHeaders.TryGetValues(name, out var t) ? t.First() : response.Headers.TryGetValues(name, out var h) ? h.First() : null;
        var code = (StatusCode)int.Parse(Header("grpc-status")!, System.Globalization.CultureInfo.InvariantCulture);
        return (code, Uri.UnescapeDataString(Header("grpc-message") ?? ""));
    }

    private int Audited(StatusCode status, string? reasonGiven = null)
    {
        var (name, reason) = status switch
        {
            StatusCode.ResourceExhausted => ("RESOURCE_EXHAUSTED", MalformedFrames.TooLargeReason),
            StatusCode.Unimplemented => ("UNIMPLEMENTED", MalformedFrames.EncodingReason),
            _ => ("INVALID_ARGUMENT", MalformedFrames.Reason),
        };
        reason = reasonGiven ?? reason;
        return server.Host.WithDatabase(db => db.AuditEvents.Count(e => e.Method == "roster.v1.OrderService/SubmitOrder" && e.Status == name && e.Reason == reason));
    }
}
