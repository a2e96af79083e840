using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Pipelines;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Roster.Server.Audit;
using Roster.Server.Http;

namespace Roster.Server.Errors;

/// <summary>
/// Checks the framing of a gRPC request (one message: a compressed flag, a 4-byte big-endian length, the message) before
/// Grpc.AspNetCore reads it. The framework ends a call whose frame is wrong with UNKNOWN ("Exception was thrown by handler":
/// a compressed flag other than 0 or 1, a length prefix past the size cap, a body past Kestrel's limit, a gzip message
/// that is not gzip) or INTERNAL ("Incomplete message.", "Additional data after the message received.", a compressed
/// message without <c>grpc-encoding</c>), each with a stack trace in the log. This middleware answers them as what they
/// are: INVALID_ARGUMENT <c>FRAME_MALFORMED</c>, RESOURCE_EXHAUSTED <c>MESSAGE_TOO_LARGE</c> past
/// <see cref="Hosting.RosterServer.MaxMessageSize"/>, or UNIMPLEMENTED <c>ENCODING_UNSUPPORTED</c> for a compression the
/// server does not read (the framework's answer, but with its stack trace in the log), UNIMPLEMENTED
/// <c>GRPC_WEB_UNSUPPORTED</c> for a gRPC-Web call (the framework's INTERNAL), trailers-only, and a refused write is audited by
/// <see cref="UnreadRequestAudit"/>. Applies to unary and server-streaming methods (every roster.v1 RPC: one request
/// message, then the client half-closes); the request is peeked in the body pipe, not copied, so the framework reads
/// the same bytes after it. A message inside a good frame that is not protobuf is <see cref="MalformedRequests"/>' part.
/// </summary>
public static class MalformedFrames
{
    /// <summary>The ErrorInfo reason of a request whose gRPC frame is wrong.</summary>
    public const string Reason = "FRAME_MALFORMED";

    /// <summary>The ErrorInfo reason of a compressed message in an encoding the server does not read (UNIMPLEMENTED, as
    /// the gRPC compression spec asks, with <c>grpc-accept-encoding</c> naming the ones it does).</summary>
    public const string EncodingReason = "ENCODING_UNSUPPORTED";

    /// <summary>The message encodings the server reads, as Grpc.AspNetCore offers them.</summary>
    private const string AcceptedEncodings = "identity,gzip,deflate";

    /// <summary>The ErrorInfo reason of a request message larger than the server accepts.</summary>
    public const string TooLargeReason = "MESSAGE_TOO_LARGE";

    private sealed record Problem(StatusCode Code, string Reason, string Message);

    /// <summary>Adds the check; call it after <see cref="UnreadRequestAudit"/> (which audits its refusals) and the rate limiter.</summary>
    public static WebApplication UseGrpcFrameCheck(this WebApplication app, int maxMessageSize)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } method && !StatusBodies.IsGrpc(context.Request)
                && context.Request.Path.Value == method.Method.FullName)
            {
                // A gRPC method's own path called without gRPC's content type (JSON, text, none): the framework answers
                // grpc-status INTERNAL and "Content-Type is missing". It is the caller's mistake, so say which and where to go.
                var shown = string.IsNullOrEmpty(context.Request.ContentType) ? "none" : $"'{Domain.Names.TextForm.Quote(context.Request.ContentType, 80)}'";
                var message = $"{context.Request.Path.Value} is a gRPC method: send content-type application/grpc (the request's is {shown}), " +
                    $"or use its HTTP/JSON route (listed in {Http.OpenApiDocument.Path})";
                context.Response.Headers["grpc-status"] = ((int)StatusCode.InvalidArgument).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers["grpc-message"] = StatusBodies.PercentEncode(message);
                await StatusBodies.RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, Http.JsonBodyProblem.NotJsonContent, "content-type", message);
                return;
            }
            if (!StatusBodies.IsGrpc(context.Request)
                || context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.Type is not (MethodType.Unary or MethodType.ServerStreaming))
            {
                await next(context);
                return;
            }
            Problem? problem;
            try
            {
                problem = IsGrpcWeb(context.Request) ? GrpcWebProblem : await CheckAsync(context, maxMessageSize);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // the client went away: nobody to answer
            }
            if (problem is null)
            {
                await next(context);
                return;
            }
            await UnreadRequestAudit.RecordAsync(context, problem.Code, problem.Reason, problem.Message);
            if (problem.Reason == EncodingReason) context.Response.Headers["grpc-accept-encoding"] = AcceptedEncodings;
            StatusBodies.WriteGrpcTrailers(context, StatusBodies.Refusal(problem.Code, problem.Reason, problem.Message));
        });
        return app;
    }

    /// <summary>The ErrorInfo reason of a gRPC-Web call, which the server does not serve.</summary>
    public const string GrpcWebReason = "GRPC_WEB_UNSUPPORTED";

    // The framework answers gRPC-Web (which needs its middleware or a proxy) with HTTP 415 and grpc-status INTERNAL, a
    // code that says the server failed; the call is one the server does not implement.
    private static readonly Problem GrpcWebProblem = new(StatusCode.Unimplemented, GrpcWebReason,
        "gRPC-Web is not served: call with gRPC over HTTP/2 (content-type application/grpc), or use the HTTP/JSON port");

    private static bool IsGrpcWeb(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Up to this many bytes the request is peeked in place; Kestrel's HTTP/2 flow-control window (768 KiB by
    /// default) lets a client send no more than it until the application consumes, so a larger request is copied.</summary>
    private const int PeekLimit = 64 * 1024;

    private static async Task<Problem?> CheckAsync(HttpContext context, int max)
    {
        var reader = context.Request.BodyReader;
        var encoding = context.Request.Headers["grpc-encoding"].FirstOrDefault();
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(context.RequestAborted);
                if (result.IsCompleted || result.IsCanceled)
                {
                    var problem = Check(result.Buffer, encoding, max);
                    // Examined, not consumed: the framework reads the same bytes from the pipe afterwards.
                    reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                    return problem;
                }
                if (result.Buffer.Length > PeekLimit) return await CopyAsync(context, reader, result.Buffer, encoding, max);
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max + 1L, max);
        }
    }

    /// <summary>Reads the rest of a large request into memory (at most a prefix and <paramref name="max"/> bytes), checks it,
    /// and hands the copy to the framework as the request body.</summary>
    private static async Task<Problem?> CopyAsync(HttpContext context, PipeReader reader, ReadOnlySequence<byte> start, string? encoding, int max)
    {
        var copy = new MemoryStream();
        foreach (var segment in start) copy.Write(segment.Span);
        reader.AdvanceTo(start.End);
        while (true)
        {
            if (copy.Length > max + 5L) return TooLarge(copy.Length - 5, max);
            var result = await reader.ReadAsync(context.RequestAborted);
            foreach (var segment in result.Buffer) copy.Write(segment.Span);
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted || result.IsCanceled) break;
        }
        var body = new ReadOnlySequence<byte>(copy.GetBuffer(), 0, (int)copy.Length);
        if (Check(body, encoding, max) is { } problem) return problem;
        copy.Position = 0;
        context.Request.Body = copy;
        context.Response.RegisterForDispose(copy);
        return null;
    }

    private static Problem? Check(ReadOnlySequence<byte> body, string? encoding, int max)
    {
        if (body.Length == 0)
            return Malformed("the request carries no message (a gRPC call sends one length-prefixed message)");
        if (body.Length < 5)
            return Malformed($"the request ends inside the 5-byte message prefix ({body.Length} bytes)");
        Span<byte> prefix = stackalloc byte[5];
        body.Slice(0, 5).CopyTo(prefix);
        var flag = prefix[0];
        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        if (flag > 1)
            return Malformed($"the message prefix's compressed flag is {flag}; it must be 0 or 1");
        if (length > max)
            return TooLarge(length, max);
        var sent = body.Length - 5;
        if (sent < length)
            return Malformed($"the message ends after {sent} of the {length} bytes its prefix announces (truncated)");
        if (sent > length)
            return Malformed($"{sent - length} bytes follow the message; a call takes exactly one request message");
        if (flag == 1)
        {
            if (encoding is null or "identity")
                return Malformed("the message is marked compressed but the call names no grpc-encoding");
            return Decompressed(body.Slice(5), encoding, max);
        }
        return null;
    }

    /// <summary>A problem with a compressed message: an encoding the server does not read, data that is not in the encoding
    /// named, or a message that decompresses past the cap.</summary>
    private static Problem? Decompressed(ReadOnlySequence<byte> message, string encoding, int max)
    {
        using var compressed = new MemoryStream(message.ToArray());
        using Stream? stream = encoding switch
        {
            "gzip" => new GZipStream(compressed, CompressionMode.Decompress),
            "deflate" => new ZLibStream(compressed, CompressionMode.Decompress),
            _ => null,
        };
        if (stream is null)
            return new(StatusCode.Unimplemented, EncodingReason,
                $"the message is compressed with '{encoding}', which the server does not read; use one of {AcceptedEncodings.Replace(",", ", ", StringComparison.Ordinal)}");
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > max) return TooLarge(total, max);
            }
        }
        catch (InvalidDataException)
        {
            return Malformed($"the message is marked {encoding} but is not {encoding} data");
        }
        return null;
    }

    private static Problem Malformed(string message) => new(StatusCode.InvalidArgument, Reason, message);

    private static Problem TooLarge(long size, int max) =>
        new(StatusCode.ResourceExhausted, TooLargeReason, $"the request message is larger than the server accepts ({size} bytes or more; at most {max})");
}
