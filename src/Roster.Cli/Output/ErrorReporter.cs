using Google.Rpc;
using Grpc.Core;

namespace Roster.Cli.Output;

/// <summary>
/// Prints a failed call for people and chooses the exit code: <c>error: &lt;StatusCode&gt;: &lt;message&gt;</c>,
/// then the details of the rich status (AIP-193): each <c>BadRequest</c> field violation as
/// <c>  &lt;field&gt;: &lt;description&gt;</c>, each <c>PreconditionFailure</c> violation, and the <c>ErrorInfo</c>
/// reason. Never a stack trace.
/// </summary>
public static class ErrorReporter
{
    /// <summary>Writes <paramref name="exception"/> to <paramref name="error"/> and returns the exit code.</summary>
    /// <param name="exception">The failed call.</param>
    /// <param name="server">The address called, named in the hint when it could not be reached.</param>
    /// <param name="error">Standard error.</param>
    public static int Report(RpcException exception, Uri server, TextWriter error)
    {
        if (NeverReachedServer(exception))
        {
            // The client's own transport failed: say what happened in plain words, not as the server's INTERNAL.
            var cause = InnermostCause(exception.Status.DebugException);
            error.WriteLine($"error: no gRPC conversation with {server}: {cause}");
            error.WriteLine($"hint: {TransportHint(exception, server)}");
            return ExitCodes.Unreachable;
        }
        var status = ReadRichStatus(exception);
        var message = status?.Message is { Length: > 0 } richMessage ? richMessage : exception.Status.Detail;
        error.WriteLine($"error: {exception.StatusCode}: {message}");
        if (status is not null)
        {
            WriteDetails(status, error);
        }
        if (exception.StatusCode == StatusCode.Unavailable)
        {
            if (InnermostCause(exception.Status.DebugException) is { } cause)
            {
                error.WriteLine($"  cause: {cause}");
            }
            error.WriteLine($"hint: is the roster server running at {server}? " +
                $"Pass --server URL or set {GlobalOptions.ServerVariable}.");
            return ExitCodes.Unreachable;
        }
        return ExitCodes.ServerError;
    }

    /// <summary>Writes a usage or input error (exit code <see cref="ExitCodes.UsageError"/>).</summary>
    public static int ReportUsage(string message, TextWriter error)
    {
        error.WriteLine($"error: {message}");
        return ExitCodes.UsageError;
    }

    // A call that failed in the client's own transport (a TLS handshake with a server that does not speak TLS, say)
    // ends as INTERNAL with the HTTP exception attached; a server's INTERNAL carries no client-side exception.
    private static bool NeverReachedServer(RpcException exception) =>
        exception.StatusCode == StatusCode.Internal && Causes(exception.Status.DebugException)
            .Any(e => e is System.Net.Http.HttpRequestException or System.Security.Authentication.AuthenticationException);

    private static string TransportHint(RpcException exception, Uri server)
    {
        var text = string.Join(" ", Causes(exception.Status.DebugException).Select(e => e.Message));
        if (text.Contains("HTTP_1_1_REQUIRED", StringComparison.Ordinal))
            return $"{server} answers HTTP/1.1 only: it is probably the server's JSON listener (Roster:HttpUrl, default port 5081); " +
                   "the CLI speaks gRPC, on the address given to the server's --urls (default http://127.0.0.1:5080).";
        if (Causes(exception.Status.DebugException).Any(e => e is System.Security.Authentication.AuthenticationException))
            return $"the TLS handshake with {server} failed: use http:// for a server without TLS (a local one), https:// only where the server has a certificate.";
        if (text.Contains("header", StringComparison.OrdinalIgnoreCase))
            return "the request headers were refused as too large: check the API key (--api-key or ROSTER_API_KEY).";
        return $"is a roster server listening for gRPC at {server}? Pass --server URL or set {GlobalOptions.ServerVariable}.";
    }

    private static IEnumerable<Exception> Causes(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException) yield return exception;
    }

    // A malformed grpc-status-details-bin trailer yields null: the status code and message still say enough.
    private static Google.Rpc.Status? ReadRichStatus(RpcException exception) =>
        exception.Trailers.GetRpcStatus(ignoreParseError: true);

    // The client-side reason a call never reached the server, e.g. "Connection refused (127.0.0.1:5080)".
    private static string? InnermostCause(Exception? exception)
    {
        if (exception is null) return null;
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception.Message;
    }

    /// <summary>Writes the field and precondition violations of a failed call, one per line, indented by <paramref name="indent"/>.</summary>
    public static void ReportViolations(RpcException exception, TextWriter output, string indent)
    {
        var status = ReadRichStatus(exception);
        foreach (var violation in status?.GetDetail<BadRequest>()?.FieldViolations ?? [])
        {
            output.WriteLine($"{indent}{violation.Field}: {violation.Description}");
        }
        foreach (var violation in status?.GetDetail<PreconditionFailure>()?.Violations ?? [])
        {
            output.WriteLine($"{indent}{violation.Type} {violation.Subject}: {violation.Description}");
        }
    }

    private static void WriteDetails(Google.Rpc.Status status, TextWriter error)
    {
        foreach (var violation in status.GetDetail<BadRequest>()?.FieldViolations ?? [])
        {
            error.WriteLine($"  {violation.Field}: {violation.Description}");
        }
        foreach (var violation in status.GetDetail<PreconditionFailure>()?.Violations ?? [])
        {
            var subject = string.Join(' ', new[] { violation.Type, violation.Subject }.Where(s => s.Length > 0));
            error.WriteLine($"  {subject}: {violation.Description}");
        }
        if (status.GetDetail<ErrorInfo>() is { } info)
        {
            var metadata = info.Metadata.Count == 0
                ? ""
                : " (" + string.Join(", ", info.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}={m.Value}")) + ")";
            error.WriteLine($"  reason: {info.Reason}{metadata}");
        }
    }
}
