using Grpc.Core;
using Grpc.Core.Interceptors;
using Roster.Domain.Errors;

namespace Roster.Server.Errors;

/// <summary>
/// Refuses a call whose request message could not be decoded (<see cref="MalformedRequests"/>) with INVALID_ARGUMENT
/// <c>MESSAGE_MALFORMED</c> and a field violation on <c>request</c>. Runs inside the audit and error interceptors, so
/// the refusal is translated like any other and a refused write leaves an audit row; and before the access
/// interceptor, whose office checks would otherwise judge an empty stand-in request.
/// </summary>
public sealed class MalformedRequestInterceptor : Interceptor
{
    /// <inheritdoc />
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Refuse(context);
        return continuation(request, context);
    }

    /// <inheritdoc />
    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Refuse(context);
        return continuation(request, responseStream, context);
    }

    private static void Refuse(ServerCallContext context)
    {
        if (MalformedRequests.ProblemOf(context.GetHttpContext()) is { } problem)
        {
            throw new InvalidInputException(MalformedRequests.Reason, "request", problem);
        }
    }
}
