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
            var operation = new JsonObject
            {
                ["operationId"] = $"{method.Service.Name}.{method.Name}",
                ["summary"] = $"{method.Service.FullName}.{method.Name}",
                ["parameters"] = parameters,
                ["responses"] = new JsonObject
                {
                    ["200"] = new JsonObject
                    {
                        ["description"] = ResponseBody(method, rule).FullName,
                        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.Reference(ResponseBody(method, rule)) } },
                    },
                    ["default"] = new JsonObject { ["description"] = "google.rpc.Status (AIP-193)" },
                },
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
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "Roster HTTP/JSON API", ["version"] = "v1" },
            ["paths"] = paths,
            ["components"] = schemas.Components(),
        };
    }

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
            FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64 => new JsonObject { ["type"] = "integer" },
            FieldType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(field.EnumType.Values.Select(v => (JsonNode)v.Name).ToArray()) },
            FieldType.Message when field.MessageType.FullName == "google.type.Date" => new JsonObject { ["type"] = "string", ["format"] = "date", ["example"] = "2022-01-30" },
            FieldType.Message when field.MessageType.FullName == "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            _ => null,
        };
    }
}
