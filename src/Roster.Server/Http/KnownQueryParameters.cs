using Google.Api;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Roster.Domain.Names;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Roster.Server.Http;

/// <summary>
/// Refuses a query parameter that the HTTP/JSON route does not read. JSON transcoding binds a query parameter to the
/// request field of that name (proto or lowerCamel spelling, a dotted path into a message such as <c>as_of.year</c>)
/// and drops any other: <c>GET /v1/officeholders?organization=…&amp;asof=2022-01-29</c> would answer for today, and
/// <c>POST /v1/orders?validate_only=true</c> (a route whose fields all come from the body) would record the order. A
/// dropped parameter gives an answer that looks right and is not, so it is answered 400 INVALID_ARGUMENT with reason
/// <see cref="Reason"/> and a <c>BadRequest</c> naming the parameter and the ones the route reads; so is a field the
/// route's path already binds (<c>?organization=</c> on <c>/v1/organizations/{organization}/officeholders</c>). A refused
/// write is audited. A parameter of a
/// single-valued field given twice (under either spelling: <c>as_of</c> and <c>asOf</c>) is refused with <see cref="RepeatedReason"/> (the transcoder's own answer names no field). docs/decisions.md 72.
/// </summary>
public static class KnownQueryParameters
{
    /// <summary>The ErrorInfo reason of a query parameter the route does not read.</summary>
    public const string Reason = "QUERY_PARAMETER_UNKNOWN";

    /// <summary>The ErrorInfo reason of a single-valued parameter given more than once.</summary>
    public const string RepeatedReason = "QUERY_PARAMETER_REPEATED";

    /// <summary>Adds the check for the HTTP/JSON routes of <paramref name="services"/>.</summary>
    public static WebApplication UseKnownQueryParameters(this WebApplication app, IEnumerable<ServiceDescriptor> services)
    {
        var routes = services.SelectMany(s => s.Methods)
            .Where(m => m.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not null)
            .ToDictionary(m => $"/{m.Service.FullName}/{m.Name}", m => (Method: m, PathFields: PathFieldsOf(m.GetOptions().GetExtension(AnnotationsExtensions.Http))));
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.HasValue is false
                || StatusBodies.IsGrpc(context.Request)
                || context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is not { } grpc
                || !routes.TryGetValue(grpc.Method.FullName, out var route))
            {
                await next(context);
                return;
            }
            var method = route.Method;
            var wholeBody = method.GetOptions().GetExtension(AnnotationsExtensions.Http).Body == "*";
            // Values per field, whichever spelling (as_of, asOf) named it: one field given twice is a repeat.
            var given = context.Request.Query
                .Select(q => (q.Key, Field: wholeBody ? null : FieldAt(method.InputType, q.Key), Values: q.Value.Count))
                .ToList();
            var counts = given.Where(g => g.Field is not null).GroupBy(g => Canonical(method.InputType, g.Key))
                .ToDictionary(g => g.Key, g => g.Sum(x => x.Values), StringComparer.Ordinal);
            foreach (var (key, field, _) in given)
            {
                var inPath = field is not null && route.PathFields.Contains(Canonical(method.InputType, key).Split('.')[0]);
                if (field is not null && !inPath && (field.IsRepeated || counts[Canonical(method.InputType, key)] <= 1)) continue;
                var shownRoute = TextForm.Quote($"{context.Request.Method} {context.Request.Path.Value}", 120);
                var message = wholeBody
                    ? $"{TextForm.Quote(key)}: {shownRoute} reads its fields from the JSON body, not the query string"
                    : field is null
                        ? $"{TextForm.Quote(key)}: {shownRoute} has no such parameter; it reads " +
                          string.Join(", ", method.InputType.Fields.InFieldNumberOrder().Where(f => !route.PathFields.Contains(f.Name)).Select(f => f.Name))
                        : inPath
                            ? $"{TextForm.Quote(key)}: {shownRoute} takes it from the path, not the query string"
                            : $"{TextForm.Quote(key)}: given {counts[Canonical(method.InputType, key)]} times (under any spelling); it takes one value";
                await StatusBodies.RefuseAsync(context, StatusCodes.Status400BadRequest, field is null || inPath ? Reason : RepeatedReason, TextForm.Quote(key), message);
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>The top-level request fields the route's path binds (<c>{organization}</c>, <c>{name=people/*}</c>).</summary>
    private static IReadOnlySet<string> PathFieldsOf(HttpRule rule)
    {
        var pattern = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => rule.Get,
            HttpRule.PatternOneofCase.Post => rule.Post,
            HttpRule.PatternOneofCase.Put => rule.Put,
            HttpRule.PatternOneofCase.Patch => rule.Patch,
            HttpRule.PatternOneofCase.Delete => rule.Delete,
            _ => "",
        };
        return System.Text.RegularExpressions.Regex.Matches(pattern, @"\{([^}=.]+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary><paramref name="key"/> (which names a field) with each segment in its proto spelling: <c>asOf</c> is <c>as_of</c>.</summary>
    private static string Canonical(MessageDescriptor message, string key)
    {
        MessageDescriptor? current = message;
        var parts = new List<string>();
        foreach (var part in key.Split('.'))
        {
            var field = current!.FindFieldByName(part) ?? current.Fields.InFieldNumberOrder().First(f => f.JsonName == part);
            parts.Add(field.Name);
            current = field.FieldType == FieldType.Message ? field.MessageType : null;
        }
        return string.Join('.', parts);
    }

    /// <summary>The field <paramref name="key"/> names in <paramref name="message"/> by its proto or JSON name, or through a
    /// dotted path of message fields (<c>as_of.year</c>); null when it names none.</summary>
    private static FieldDescriptor? FieldAt(MessageDescriptor message, string key)
    {
        MessageDescriptor? current = message;
        FieldDescriptor? field = null;
        foreach (var part in key.Split('.'))
        {
            if (current is null) return null;
            field = current.FindFieldByName(part) ?? current.Fields.InFieldNumberOrder().FirstOrDefault(f => f.JsonName == part);
            if (field is null) return null;
            current = field.FieldType == FieldType.Message ? field.MessageType : null;
        }
        return field;
    }
}
