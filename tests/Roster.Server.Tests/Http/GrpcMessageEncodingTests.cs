using Roster.Server.Http;

namespace Roster.Server.Tests.Http;

/// <summary>grpc-message is percent-encoded as the gRPC protocol says: only bytes outside printable ASCII, and '%'.</summary>
public sealed class GrpcMessageEncodingTests
{
    [Theory]
    [InlineData("the request message is larger than the server accepts (4194305 bytes or more; at most 4194304)",
        "the request message is larger than the server accepts (4194305 bytes or more; at most 4194304)")]
    [InlineData("100% of 阳泉市", "100%25 of %E9%98%B3%E6%B3%89%E5%B8%82")]
    [InlineData("line\nbreak", "line%0Abreak")]
    public void Printable_ascii_stays_as_written_and_the_rest_is_utf8_percent_encoded(string message, string sent)
    {
        Assert.Equal(sent, StatusBodies.PercentEncode(message));
        Assert.Equal(message, Uri.UnescapeDataString(sent));
    }
}
