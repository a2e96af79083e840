using Grpc.Core;
using Grpc.Net.Client;

namespace Roster.Server.Tests.Hostile;

/// <summary>Sends raw bytes as the request of any gRPC method, bypassing the client's own serialization.</summary>
public static class RawGrpc
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    /// <summary>Calls <paramref name="fullMethod"/> (<c>/roster.v1.OrderService/SubmitOrder</c>) with <paramref name="request"/>
    /// as its message; streaming methods are read to their first message. Returns the status the call ended with.</summary>
    public static async Task<Status> CallAsync(GrpcChannel channel, string fullMethod, byte[] request, bool serverStreaming = false)
    {
        var parts = fullMethod.TrimStart('/').Split('/');
        var invoker = channel.CreateCallInvoker();
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(20));
        try
        {
            if (serverStreaming)
            {
                var method = new Method<byte[], byte[]>(MethodType.ServerStreaming, parts[0], parts[1], Bytes, Bytes);
                using var call = invoker.AsyncServerStreamingCall(method, null, new CallOptions(deadline: DateTime.UtcNow.AddMilliseconds(500)), request);
                // A message is an answer; the stream may go on, so its status is not known yet.
                if (await call.ResponseStream.MoveNext()) return Status.DefaultSuccess;
                return call.GetStatus();
            }
            var unary = new Method<byte[], byte[]>(MethodType.Unary, parts[0], parts[1], Bytes, Bytes);
            await invoker.AsyncUnaryCall(unary, null, options, request);
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    /// <summary>Calls a unary method with raw bytes and returns the error it ended with (its trailers carry the details).</summary>
    public static async Task<RpcException> ErrorAsync(GrpcChannel channel, string fullMethod, byte[] request)
    {
        var parts = fullMethod.TrimStart('/').Split('/');
        var unary = new Method<byte[], byte[]>(MethodType.Unary, parts[0], parts[1], Bytes, Bytes);
        return await Assert.ThrowsAsync<RpcException>(() =>
            channel.CreateCallInvoker().AsyncUnaryCall(unary, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(20)), request).ResponseAsync);
    }
}
