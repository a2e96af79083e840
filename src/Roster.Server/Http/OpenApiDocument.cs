using System.Text.Json.Nodes;
using Google.Api;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Roster.Server.Http;

/// <summary>
/// The OpenAPI 3.0 document of the HTTP/JSON routes, built from the <c>google.api.http</c> annotations of the protos:
/// one operation per annotated method, its path parameters, (for GET) its scalar, enum, date and timestamp query
/// parameters, and typed request and response bodies (<see cref="OpenApiSchemas"/>).
/// Served at <see cref="Path"/>.
/// </summary>
public static class OpenApiDocument
{
    /// <summary>Where the document is served.</summary>
    public const string Path = "/openapi/v1.json";

    /// <summary>The document for <paramref name="services"/>.</summary>
    public static JsonObject For(params ServiceDescriptor[] services)
    {
        var paths = new JsonObject();
        var schemas = new OpenApiSchemas();
        foreach (var method in services.SelectMany(s => s.Methods))
        {
            if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not { } rule) continue;
            var (verb, template) = rule.PatternCase switch
            {
                HttpRule.PatternOneofCase.Get => ("get", rule.Get),
                HttpRule.PatternOneofCase.Post => ("post", rule.Post),
                HttpRule.PatternOneofCase.Put => ("put", rule.Put),
                HttpRule.PatternOneofCase.Delete => ("delete", rule.Delete),
                HttpRule.PatternOneofCase.Patch => ("patch", rule.Patch),
                _ => (null, null),
            };
            if (verb is null || template is null) continue;
            var pathFields = System.Text.RegularExpressions.Regex.Matches(template, @"\{([a-z_.]+)\}").Select(m => m.Groups[1].Value).ToHashSet();
            var parameters = new JsonArray();
            foreach (var field in pathFields)
                parameters.Add(new JsonObject { ["name"] = field, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
            if (verb == "get")
            {
                foreach (var field in method.InputType.Fields.InFieldNumberOrder().Where(f => !pathFields.Contains(f.Name)))
                {
                    if (SchemaOf(field) is { } schema)
                        parameters.Add(new JsonObject { ["name"] = field.Name, ["in"] = "query", ["required"] = false, ["schema"] = schema });
                }
            }
            var responses = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = method.IsServerStreaming
                        ? $"A stream of {ResponseBody(method, rule).FullName}: one JSON object per line (NDJSON), as changes happen"
                        : ResponseBody(method, rule).FullName,
                    ["content"] = new JsonObject { [method.IsServerStreaming ? "application/x-ndjson" : "application/json"] = new JsonObject { ["schema"] = schemas.Reference(ResponseBody(method, rule)) } },
                },
            };
            foreach (var (status, meaning) in ErrorStatuses) responses[status] = ErrorResponse(meaning);
            var operation = new JsonObject
            {
                ["operationId"] = $"{method.Service.Name}.{method.Name}",
                ["summary"] = $"{method.Service.FullName}.{method.Name}",
                ["tags"] = new JsonArray(method.Service.Name),
                ["parameters"] = parameters,
                ["responses"] = responses,
            };
            if (rule.Body == "*")
                operation["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["description"] = method.InputType.FullName + " as protobuf JSON",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.Reference(method.InputType) } },
                };
            var path = template.Replace(".", "_", StringComparison.Ordinal);
            if (paths[path] is not JsonObject item) paths[path] = item = new JsonObject();
            item[verb] = operation;
        }
        var components = schemas.Components();
        components["schemas"]!["google.rpc.Status"] = StatusSchema();
        components["securitySchemes"] = new JsonObject
        {
            ["bearer"] = new JsonObject
            {
                ["type"] = "http",
                ["scheme"] = "bearer",
                ["description"] = "An API key (rk_…, from roster admin key create) or a JWT of the configured authority, in authorization: Bearer …. Reads may be anonymous when the server allows it.",
            },
            ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-api-key", ["description"] = "An API key (rk_…) in its own header" },
        };
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Roster HTTP/JSON API",
                ["version"] = "v1",
                ["description"] = "Personnel appointments and leadership rosters: the HTTP/JSON face of the roster.v1 gRPC services (google.api.http transcoding, proto3 JSON mapping: lowerCamel names, 64-bit integers as strings, enums by name, dates as YYYY-MM-DD in query strings).",
                ["license"] = new JsonObject { ["name"] = "Proprietary", ["url"] = "https://roster.example.org/license" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "http://127.0.0.1:5081", ["description"] = "A server started as README shows (Roster:HttpUrl)" }),
            ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }, new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject()),
            ["tags"] = new JsonArray(services.Where(s => s.Methods.Any(m => m.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not null))
                .Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["description"] = $"{s.FullName} (protos/roster/v1)" }).ToArray()),
            ["paths"] = paths,
            ["components"] = components,
        };
    }

    /// <summary>The refusals every operation may answer, each with a google.rpc.Status body (AIP-193).</summary>
    private static readonly (string Status, string Meaning)[] ErrorStatuses =
    [
        ("400", "INVALID_ARGUMENT or FAILED_PRECONDITION: google.rpc.Status with BadRequest field violations and an ErrorInfo reason"),
        ("401", "UNAUTHENTICATED: no key, or a key that is unknown or revoked"),
        ("403", "PERMISSION_DENIED: the key's role or office may not do this"),
        ("404", "NOT_FOUND"),
        ("409", "ALREADY_EXISTS or ABORTED"),
        ("429", "RESOURCE_EXHAUSTED: rate limited (Retry-After) or storage full"),
    ];

    private static JsonObject ErrorResponse(string meaning) => new()
    {
        ["description"] = meaning,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/google.rpc.Status" } } },
    };

    /// <summary>google.rpc.Status as JSON: code, message, and details of the google.rpc types (ErrorInfo, BadRequest,
    /// PreconditionFailure), each with its @type.</summary>
    private static JsonObject StatusSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "The error body of every refusal (google.rpc.Status, AIP-193).",
        ["properties"] = new JsonObject
        {
            ["code"] = new JsonObject { ["type"] = "integer", ["format"] = "int32", ["description"] = "The gRPC status code (3 INVALID_ARGUMENT, 7 PERMISSION_DENIED, …)" },
            ["message"] = new JsonObject { ["type"] = "string" },
            ["details"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["@type"] = new JsonObject { ["type"] = "string", ["example"] = "type.googleapis.com/google.rpc.BadRequest" } },
                    ["additionalProperties"] = true,
                },
            },
        },
    };

    /// <summary>
    /// The message an HTTP response body carries: the response message, or with <c>response_body</c> the one field of it
    /// that the transcoder writes alone (GetOrder answers the order, not <c>{"order": …}</c>).
    /// </summary>
    private static MessageDescriptor ResponseBody(MethodDescriptor method, HttpRule rule) =>
        string.IsNullOrEmpty(rule.ResponseBody) ? method.OutputType : method.OutputType.FindFieldByName(rule.ResponseBody).MessageType;

    private static JsonObject? SchemaOf(FieldDescriptor field)
    {
        if (field.IsRepeated) return null;
        return field.FieldType switch
        {
            FieldType.String => new JsonObject { ["type"] = "string" },
            FieldType.Bool => new JsonObject { ["type"] = "boolean" },
            FieldType.Int32 or FieldType.UInt32 => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            // proto3 JSON mapping: 64-bit integers travel as strings.
            FieldType.Int64 or FieldType.UInt64 => new JsonObject { ["type"] = "string", ["format"] = "int64" },
            FieldType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(field.EnumType.Values.Select(v => (JsonNode)v.Name).ToArray()) },
            FieldType.Message when field.MessageType.FullName == "google.type.Date" => new JsonObject { ["type"] = "string", ["format"] = "date", ["example"] = "2022-01-30" },
            FieldType.Message when field.MessageType.FullName == "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            _ => null,
        };
    }
}
