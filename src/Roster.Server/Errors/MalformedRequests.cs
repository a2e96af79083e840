using System.Text;
using Google.Protobuf;
using Grpc.Core;

namespace Roster.Server.Errors;

/// <summary>
/// Request messages that cannot be decoded (a string field that is not UTF-8, a truncated message, garbage bytes,
/// nesting past the parser's limit). Grpc.AspNetCore decodes a request before any interceptor runs, and a decoding
/// exception would end the call as UNKNOWN "Exception was thrown by handler" with a stack trace in the log and no
/// audit row. Instead <see cref="Deserializer{TRequest}"/> notes the problem on the call's <see cref="HttpContext"/>
/// and hands on an empty request, and <see cref="MalformedRequestInterceptor"/> refuses the call as
/// INVALID_ARGUMENT <c>MESSAGE_MALFORMED</c> ("not a valid roster.v1.SubmitOrderRequest: a string field is not
/// UTF-8") inside the audit interceptor, so a refused write is audited like any other.
/// </summary>
public static class MalformedRequests
{
    /// <summary>The ErrorInfo reason of a request that cannot be decoded.</summary>
    public const string Reason = "MESSAGE_MALFORMED";

    private static readonly object Key = new();

    /// <summary>Wraps <paramref name="original"/>'s decoding so that a malformed message is noted, not thrown.</summary>
    public static Func<DeserializationContext, TRequest> Deserializer<TRequest>(Func<DeserializationContext, TRequest> original,
        IHttpContextAccessor accessor) where TRequest : class
    {
        return context =>
        {
            try
            {
                return original(context);
            }
            catch (Exception e) when (e is InvalidProtocolBufferException or DecoderFallbackException)
            {
                var empty = Activator.CreateInstance<TRequest>();
                var name = (empty as IMessage)?.Descriptor.FullName ?? typeof(TRequest).Name;
                var problem = $"not a valid {name}: {Describe(e)}";
                if (accessor.HttpContext is not { } http) throw new RpcException(new Status(StatusCode.InvalidArgument, problem));
                http.Items[Key] = problem;
                return empty;
            }
        };
    }

    /// <summary>What was wrong with the call's request message, or null when it was decoded.</summary>
    public static string? ProblemOf(HttpContext http) => http.Items.TryGetValue(Key, out var problem) ? problem as string : null;

    // Google.Protobuf's messages speak of its internals ("CodedInputStream", "SetRecursionLimit"); a client needs
    // to know what is wrong with the bytes it sent.
    private static string Describe(Exception exception)
    {
        var message = exception.Message;
        if (exception is DecoderFallbackException || exception.InnerException is DecoderFallbackException
            || message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || message.Contains("UTF8", StringComparison.OrdinalIgnoreCase))
            return "a string field is not UTF-8";
        if (message.Contains("ended unexpectedly", StringComparison.Ordinal) || message.Contains("truncated", StringComparison.OrdinalIgnoreCase))
            return "the message ends in the middle of a field (truncated)";
        if (message.Contains("levels of nesting", StringComparison.Ordinal) || message.Contains("recursion", StringComparison.OrdinalIgnoreCase))
            return "it nests messages or groups deeper than 100 levels";
        if (message.Contains("invalid tag", StringComparison.OrdinalIgnoreCase) || message.Contains("invalid wire type", StringComparison.OrdinalIgnoreCase))
            return "it holds an invalid field tag or wire type (not protobuf)";
        if (message.Contains("end-group", StringComparison.OrdinalIgnoreCase) || message.Contains("group", StringComparison.OrdinalIgnoreCase))
            return "its groups are not closed in order";
        if (message.Contains("negative size", StringComparison.OrdinalIgnoreCase) || message.Contains("length", StringComparison.OrdinalIgnoreCase))
            return "a length-delimited field has an impossible length";
        return "it is not a protobuf encoding of that message";
    }
}
