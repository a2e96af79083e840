using System.Text.Json;

namespace Roster.Server.Http;

/// <summary>
/// The one error body of HTTP/JSON: a refusal that no layer gave a body (an unknown route, a method the route does not
/// take, a request Kestrel finds too large) gets a <c>google.rpc.Status</c> as JSON, like the refusals of the services,
/// the transcoder and the rate limiter. Uses the framework's status code pages, which only fill empty error responses;
/// gRPC answers (always HTTP 200) are never touched.
/// </summary>
public static class StatusBodies
{
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
