using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server;
using Roster.Server.Audit;
using Microsoft.Extensions.Options;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Server.Errors;
using Roster.Server.Hosting;
using Roster.Server.Security;

namespace Roster.Server.Http;

/// <summary>
/// Refuses an HTTP/JSON request body that <see cref="JsonBodyCheck"/> finds wrong, before the transcoder (which would
/// drop an unknown field, let the last of two equal keys win, and answer a wrong type with "Request JSON payload is not
/// correctly formatted."): 400 with a <c>google.rpc.Status</c> body, code INVALID_ARGUMENT, an <c>ErrorInfo</c> reason
/// (<see cref="JsonBodyProblem"/>'s constants, domain <c>roster</c>) and a <c>BadRequest</c> field violation naming the
/// field's path. A refused write is audited (<see cref="UnreadRequestAudit"/>) with that reason. A body that passes is
/// handed on unchanged.
/// </summary>
public static class StrictJsonBodies
{
    /// <summary>Adds the check for the routes of <paramref name="services"/> that take a body.</summary>
    public static WebApplication UseStrictJsonBodies(this WebApplication app, IEnumerable<ServiceDescriptor> services)
    {
        var bodies = services.SelectMany(s => s.Methods)
            .Where(m => m.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is { Body: "*" })
            .ToDictionary(m => $"/{m.Service.FullName}/{m.Name}", m => m.InputType);
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is not { } grpc || StatusBodies.IsGrpc(context.Request))
            {
                await next(context);
                return;
            }
            if (!bodies.TryGetValue(grpc.Method.FullName, out var input))
            {
                // A route without a body reads nothing the content type describes; the transcoder would still fail on an
                // unknown charset in it (an unhandled exception, 500), so the header is not passed on.
                context.Request.Headers.ContentType = default;
                await next(context);
                return;
            }
            // Who may call comes before what the body says: a caller without the right key gets 401/403, as over gRPC.
            var allowAnonymousReads = context.RequestServices.GetRequiredService<IOptionsMonitor<RosterOptions>>().CurrentValue.AllowAnonymousReads;
            if (AccessInterceptor.Refusal(context, grpc.Method.FullName, allowAnonymousReads) is { } refusal)
            {
                var unauthenticated = refusal.Error is UnauthenticatedException;
                await UnreadRequestAudit.RecordAsync(context, unauthenticated ? Grpc.Core.StatusCode.Unauthenticated : Grpc.Core.StatusCode.PermissionDenied,
                    refusal.Error.Reason, refusal.Error.Message);
                await StatusBodies.WriteJsonAsync(context, unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden,
                    StatusBodies.Refusal(unauthenticated ? Grpc.Core.StatusCode.Unauthenticated : Grpc.Core.StatusCode.PermissionDenied,
                        refusal.Error.Reason, refusal.Error.Message));
                return;
            }
            if (ContentTypeProblem(context.Request) is { } contentType)
            {
                await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, contentType);
                return;
            }
            context.Request.EnableBuffering();
            using var buffer = new MemoryStream();
            try
            {
                await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // Kestrel's body limit: answered here, with a Status body and an audit row, not as an unhandled exception.
                var message = $"the request body is larger than the server accepts (at most {Hosting.RosterServer.MaxMessageSize} bytes of message)";
                await UnreadRequestAudit.RecordAsync(context, Grpc.Core.StatusCode.ResourceExhausted, Errors.MalformedFrames.TooLargeReason, message);
                await StatusBodies.WriteJsonAsync(context, StatusCodes.Status413PayloadTooLarge,
                    StatusBodies.Refusal(Grpc.Core.StatusCode.ResourceExhausted, Errors.MalformedFrames.TooLargeReason, message));
                return;
            }
            catch (BadHttpRequestException e)
            {
                // The body never arrived whole: too slowly for Kestrel's minimum data rate (408) or in broken chunked
                // framing (400). Refused and audited like any unread write, not logged as an unhandled exception.
                await RefuseIncompleteAsync(context, e.StatusCode, $"the request body was not received whole: {e.Message}");
                return;
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                // The client went away mid-body: nobody to answer, but the attempt is on record.
                await UnreadRequestAudit.RecordAsync(context, Grpc.Core.StatusCode.Cancelled, IncompleteReason, "the client closed the request before its body arrived");
                return;
            }
            context.Request.Body.Position = 0;
            var problem = buffer.Length == 0
                ? new JsonBodyProblem(JsonBodyProblem.NotJson, "body", $"the body is empty; send a JSON object ({input.FullName})")
                : JsonBodyCheck.Check(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), input);
            if (problem is null)
            {
                await next(context);
                return;
            }
            await RefuseAsync(context, StatusCodes.Status400BadRequest, problem);
        });
        return app;
    }

    /// <summary>The ErrorInfo reason of a write whose body did not arrive whole.</summary>
    public const string IncompleteReason = "BODY_INCOMPLETE";

    /// <summary>What is wrong with the content type of a body route's request: not JSON, or JSON in a charset other than
    /// UTF-8 (JSON exchanged between systems is UTF-8, RFC 8259 section 8.1; the transcoder would answer an unknown
    /// charset with an unhandled exception). A UTF-8 charset however spelt (<c>"UTF-8"</c>, quoted) is rewritten to the
    /// plain form the transcoder reads. Null when the body may be read.</summary>
    private static JsonBodyProblem? ContentTypeProblem(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            var shown = string.IsNullOrEmpty(request.ContentType) ? "none" : $"'{TextForm.Quote(request.ContentType, 80)}'";
            return new JsonBodyProblem(JsonBodyProblem.NotJsonContent, "content-type",
                $"the body must be JSON with content-type: application/json (the request's content type is {shown})");
        }
        // A content type the header parser cannot read (charset= with no value) would reach the transcoder as an unknown
        // charset: refused here like one.
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
            return new JsonBodyProblem(JsonBodyProblem.NotJsonContent, "content-type",
                $"'{TextForm.Quote(request.ContentType, 80)}' is not a content type the server can read; send application/json");
        var charsetGiven = type.Parameters.Any(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase));
        var charset = Microsoft.Extensions.Primitives.StringSegment.IsNullOrEmpty(type.Charset)
            ? (charsetGiven ? "" : null)
            : Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(type.Charset).ToString();
        if (charset is null) return null;
        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            request.ContentType = "application/json; charset=utf-8";
            return null;
        }
        return new JsonBodyProblem(JsonBodyProblem.NotJsonContent, "content-type",
            $"charset '{TextForm.Quote(charset)}' is not read: a JSON body is UTF-8; send charset=utf-8 or no charset");
    }

    private static async Task RefuseIncompleteAsync(HttpContext context, int httpStatus, string message)
    {
        await UnreadRequestAudit.RecordAsync(context, Grpc.Core.StatusCode.InvalidArgument, IncompleteReason, message);
        try
        {
            await StatusBodies.WriteJsonAsync(context, httpStatus, StatusBodies.Refusal(Grpc.Core.StatusCode.InvalidArgument, IncompleteReason, message));
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            // Kestrel may already be closing the connection after such a body; the refusal is on record either way.
        }
    }

    private static Task RefuseAsync(HttpContext context, int httpStatus, JsonBodyProblem problem) =>
        StatusBodies.RefuseAsync(context, httpStatus, problem.Reason, problem.Field, $"{problem.Field}: {problem.Description}", problem.Description);
}
