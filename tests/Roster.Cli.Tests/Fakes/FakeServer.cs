using Google.Protobuf;
using Grpc.Core;

namespace Roster.Cli.Tests.Fakes;

/// <summary>
/// A stand-in for the roster server: records the requests it gets and answers each method with a canned
/// response or status. Calls to a method without an answer fail the test.
/// </summary>
public sealed class FakeServer : CallInvoker
{
    private readonly Dictionary<string, Func<IMessage, IMessage>> _answers = [];

    /// <summary>The requests received, in order.</summary>
    public List<IMessage> Requests { get; } = [];

    /// <summary>How many channels were opened to it, and to which addresses.</summary>
    public List<Uri> Connections { get; } = [];

    public FakeServer Answer<TRequest, TResponse>(string method, Func<TRequest, TResponse> answer)
        where TRequest : IMessage where TResponse : IMessage
    {
        _answers[method] = request => answer((TRequest)request);
        return this;
    }

    public FakeServer Fail(string method, RpcException exception)
    {
        _answers[method] = _ => throw exception;
        return this;
    }

    public ChannelBase Connect(Uri address)
    {
        Connections.Add(address);
        return new FakeChannel(this);
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Requests.Add((IMessage)request);
        Task<TResponse> response;
        try
        {
            var answer = _answers.TryGetValue(method.Name, out var found)
                ? found
                : throw new InvalidOperationException($"The fake server has no answer for {method.FullName}.");
            response = Task.FromResult((TResponse)answer((IMessage)request));
        }
        catch (RpcException exception)
        {
            response = Task.FromException<TResponse>(exception);
        }
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    private sealed class FakeChannel(CallInvoker invoker) : ChannelBase("fake")
    {
        public override CallInvoker CreateCallInvoker() => invoker;
    }
}
