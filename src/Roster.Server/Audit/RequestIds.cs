using System.Text.RegularExpressions;
using Roster.Data.Audit;

namespace Roster.Server.Audit;

/// <summary>
/// Gives every request an id: the client's <c>x-request-id</c> when it is 1–128 characters of letters, digits and
/// <c>-_.:</c>, else a new one (32 hex digits). It becomes the request's <see cref="HttpContext.TraceIdentifier"/> (so it
/// is in every log scope and audit event) and is echoed in the <c>x-request-id</c> response header, for gRPC and HTTP/JSON
/// alike (gRPC clients of a call that fails without a response see it among the trailers).
/// </summary>
public static partial class RequestIds
{
    /// <summary>The header, in both directions.</summary>
    public const string Header = "x-request-id";

    /// <summary>Adds the middleware; call it before anything that logs or audits.</summary>
    public static WebApplication UseRosterRequestIds(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var sent = context.Request.Headers[Header].FirstOrDefault();
            var id = sent is { Length: > 0 and <= AuditLimits.RequestIdLength } && Acceptable().IsMatch(sent) ? sent : Guid.NewGuid().ToString("N");
            context.TraceIdentifier = id;
            context.Response.Headers[Header] = id;
            return next(context);
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]+$")]
    private static partial Regex Acceptable();
}
