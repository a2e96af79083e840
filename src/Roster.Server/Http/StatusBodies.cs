using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Roster.Server.Errors;

namespace Roster.Server.Http;

/// <summary>
/// The one error body of HTTP/JSON: a refusal that no layer gave a body (an unknown route, a method the route does not
/// take, a request Kestrel finds too large) gets a <c>google.rpc.Status</c> as JSON, like the refusals of the services,
/// the transcoder and the rate limiter. Uses the framework's status code pages, which only fill empty error responses;
/// gRPC answers (always HTTP 200) are never touched. The middleware that refuses a call before any service sees it
/// (startup gate, access and body checks, typed queries, rate limiter) writes its <c>google.rpc.Status</c> here too.
/// </summary>
public static class StatusBodies
{
    private static readonly JsonFormatter StatusJson = new(JsonFormatter.Settings.Default.WithTypeRegistry(
        TypeRegistry.FromMessages(Google.Rpc.ErrorInfo.Descriptor, Google.Rpc.BadRequest.Descriptor)));

    /// <summary>A <c>google.rpc.Status</c> with <paramref name="code"/>, <paramref name="message"/> and an <c>ErrorInfo</c>
    /// of <paramref name="reason"/> in the <c>roster</c> domain.</summary>
    public static Google.Rpc.Status Refusal(Grpc.Core.StatusCode code, string reason, string message) => new()
    {
        Code = (int)code,
        Message = message,
        Details = { Any.Pack(new Google.Rpc.ErrorInfo { Reason = reason, Domain = StatusTranslation.Domain }) },
    };

    /// <summary>
    /// Refuses an HTTP/JSON request before any service reads it: INVALID_ARGUMENT with <paramref name="message"/>, an
    /// <c>ErrorInfo</c> of <paramref name="reason"/> and a <c>BadRequest</c> naming <paramref name="field"/> (described as
    /// <paramref name="description"/>, else the message), as JSON with <paramref name="httpStatus"/>. A refused write is
    /// audited first (<see cref="Audit.UnreadRequestAudit.RecordAsync"/>; reads are not audited).
    /// </summary>
    public static async Task RefuseAsync(HttpContext context, int httpStatus, string reason, string field, string message, string? description = null)
    {
        await Audit.UnreadRequestAudit.RecordAsync(context, Grpc.Core.StatusCode.InvalidArgument, reason, message);
        var status = Refusal(Grpc.Core.StatusCode.InvalidArgument, reason, message);
        status.Details.Add(Any.Pack(new Google.Rpc.BadRequest
        {
            FieldViolations = { new Google.Rpc.BadRequest.Types.FieldViolation { Field = field, Description = description ?? message } },
        }));
        await WriteJsonAsync(context, httpStatus, status);
    }

    /// <summary>Whether <paramref name="request"/> is a gRPC call (content type <c>application/grpc…</c>).</summary>
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Answers an HTTP/JSON request with <paramref name="httpStatus"/> and <paramref name="status"/> as its JSON body.</summary>
    public static Task WriteJsonAsync(HttpContext context, int httpStatus, Google.Rpc.Status status)
    {
        context.Response.StatusCode = httpStatus;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(StatusJson.Format(status), context.RequestAborted);
    }

    /// <summary>Ends a gRPC call trailers-only: HTTP 200 with <paramref name="status"/> in <c>grpc-status</c>,
    /// <c>grpc-message</c> (percent-encoded, as the protocol asks) and <c>grpc-status-details-bin</c>.</summary>
    public static void WriteGrpcTrailers(HttpContext context, Google.Rpc.Status status)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = status.Code.ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = PercentEncode(status.Message);
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
    }

    /// <summary>
    /// <paramref name="message"/> as the gRPC protocol sends <c>grpc-message</c>: UTF-8, with every byte outside printable
    /// ASCII (0x20-0x7E) and <c>%</c> itself written <c>%XX</c>, and nothing else escaped. Escaping more (as
    /// <see cref="Uri.EscapeDataString(string)"/> does: space, <c>;</c>, <c>(</c>…) is legal, but clients that decode with
    /// JavaScript's <c>decodeURI</c> (grpc-js) then show <c>%3B</c> in the message.
    /// </summary>
    public static string PercentEncode(string message)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        var builder = new System.Text.StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E and not (byte)'%') builder.Append((char)b);
            else builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>Adds the status code pages that write the body.</summary>
    public static WebApplication UseStatusBodies(this WebApplication app)
    {
        app.UseStatusCodePages(async pages =>
        {
            var http = pages.HttpContext;
            var (code, message) = http.Response.StatusCode switch
            {
                404 => (5, $"no route {http.Request.Method} {http.Request.Path}: the routes are in {OpenApiDocument.Path}"),
                405 => (5, $"no route {http.Request.Method} {http.Request.Path}: the path takes other methods (see {OpenApiDocument.Path})"),
                401 => (16, "not authenticated"),
                403 => (7, "permission denied"),
                413 => (8, "the request body is larger than the server accepts"),
                414 or 431 => (3, "the request line or headers are longer than the server accepts"),
                415 => (3, "the request body must be JSON (content-type: application/json)"),
                429 => (8, "too many requests; retry later"),
                >= 500 => (13, "internal error"),
                _ => (3, "the request is not valid"),
            };
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, new { code, message, details = Array.Empty<object>() });
        });
        return app;
    }
}
