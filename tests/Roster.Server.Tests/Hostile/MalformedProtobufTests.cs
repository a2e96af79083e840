using Google.Protobuf;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Server.Errors;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Hostile;

/// <summary>
/// Request bytes that are not a valid protobuf message are INVALID_ARGUMENT naming the message and the problem,
/// never UNKNOWN; a write is audited as refused; nothing is stored and no handler exception is logged.
/// </summary>
public sealed class MalformedProtobufTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string SubmitOrder = "/roster.v1.OrderService/SubmitOrder";

    /// <summary>A valid SubmitOrderRequest for 岳江 whose person's UTF-8 bytes are overwritten with 0xFF (same length).</summary>
    public static byte[] NotUtf8Order()
    {
        var bytes = new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕901号", person: "岳江") }.ToByteArray();
        return Replace(bytes, "岳江");
    }

    /// <summary><paramref name="bytes"/> with the UTF-8 form of <paramref name="text"/> overwritten by 0xFF bytes.</summary>
    public static byte[] Replace(byte[] bytes, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        var at = bytes.AsSpan().IndexOf(needle);
        Assert.True(at >= 0);
        bytes.AsSpan(at, needle.Length).Fill(0xFF);
        return bytes;
    }

    /// <summary>An unknown field 999 holding <paramref name="depth"/> nested groups.</summary>
    public static byte[] NestedGroups(int depth)
    {
        using var memory = new MemoryStream();
        var output = new CodedOutputStream(memory);
        for (var i = 0; i < depth; i++) output.WriteTag(999, WireFormat.WireType.StartGroup);
        for (var i = 0; i < depth; i++) output.WriteTag(999, WireFormat.WireType.EndGroup);
        output.Flush();
        return memory.ToArray();
    }

    /// <summary>4,000 bytes from a fixed seed.</summary>
    public static byte[] Garbage()
    {
        var bytes = new byte[4000];
        new Random(14).NextBytes(bytes);
        return bytes;
    }

    public static TheoryData<string, string, string> Cases()
    {
        var valid = new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕902号") }.ToByteArray();
        return new TheoryData<string, string, string>
        {
            { "person not UTF-8", Convert.ToBase64String(NotUtf8Order()), "not a valid roster.v1.SubmitOrderRequest: a string field is not UTF-8" },
            { "truncated", Convert.ToBase64String(valid[..^3]), "not a valid roster.v1.SubmitOrderRequest: the message ends in the middle of a field (truncated)" },
            { "5,000 nested groups", Convert.ToBase64String(NestedGroups(5000)), "not a valid roster.v1.SubmitOrderRequest: it nests messages or groups deeper than 100 levels" },
            { "garbage", Convert.ToBase64String(Garbage()), "not a valid roster.v1.SubmitOrderRequest: " },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_SubmitOrder_is_invalid_argument_audited_as_refused(string what, string base64, string expected)
    {
        var before = server.Host.Snapshot();
        var audited = AuditedMalformed();

        var status = await RawGrpc.CallAsync(server.Host.Channel, SubmitOrder, Convert.FromBase64String(base64));

        Assert.True(status.StatusCode == StatusCode.InvalidArgument, $"{what}: {status}");
        Assert.StartsWith(expected, status.Detail);
        Assert.Equal(before, server.Host.Snapshot());
        Assert.Equal(audited + 1, AuditedMalformed());
        Assert.DoesNotContain(server.Host.Logs.Entries, e => e.Contains("Error when executing service method", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_GetPerson_name_that_is_not_UTF8_names_the_read_message()
    {
        var bytes = Replace(new GetPersonRequest { Name = "岳江" }.ToByteArray(), "岳江");

        var status = await RawGrpc.CallAsync(server.Host.Channel, "/roster.v1.RosterService/GetPerson", bytes);

        Assert.Equal(StatusCode.InvalidArgument, status.StatusCode);
        Assert.Equal("not a valid roster.v1.GetPersonRequest: a string field is not UTF-8", status.Detail);
    }

    [Fact]
    public async Task The_refusal_carries_an_ErrorInfo_and_a_field_violation()
    {
        var error = await RawGrpc.ErrorAsync(server.Host.Channel, SubmitOrder, NotUtf8Order());

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var rich = error.GetRpcStatus()!;
        Assert.Equal(MalformedRequests.Reason, rich.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        var violation = Assert.Single(rich.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations);
        Assert.Equal(("request", "not a valid roster.v1.SubmitOrderRequest: a string field is not UTF-8"), (violation.Field, violation.Description));
    }

    private int AuditedMalformed() => server.Host.WithDatabase(db =>
        db.AuditEvents.Count(e => e.Method == "roster.v1.OrderService/SubmitOrder" && e.Status == "INVALID_ARGUMENT" && e.Reason == MalformedRequests.Reason));
}
