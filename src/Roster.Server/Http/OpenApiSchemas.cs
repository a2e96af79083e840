using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;

namespace Roster.Server.Http;

/// <summary>
/// OpenAPI 3.0 schemas of protobuf messages as the JSON transcoder writes them (the proto3 JSON mapping): lowerCamel
/// field names, 64-bit integers as strings, enums as their names, <c>google.protobuf.Timestamp</c> as an RFC 3339
/// string, <c>google.protobuf.Any</c> as an object with <c>@type</c>. Every message becomes one component referenced
/// by <c>$ref</c>, so recursive messages need no depth limit.
/// </summary>
public sealed class OpenApiSchemas
{
    private readonly SortedDictionary<string, JsonObject> _components = new(StringComparer.Ordinal);

    /// <summary>A <c>$ref</c> to the component of <paramref name="message"/>, adding it (and what it refers to) when new.</summary>
    public JsonObject Reference(MessageDescriptor message)
    {
        if (WellKnown(message.FullName) is { } inline) return inline;
        if (!_components.ContainsKey(message.FullName))
        {
            var properties = new JsonObject();
            _components[message.FullName] = new JsonObject { ["type"] = "object", ["properties"] = properties };
            foreach (var field in message.Fields.InFieldNumberOrder())
            {
                properties[field.JsonName] = OfField(field);
            }
        }
        return new JsonObject { ["$ref"] = "#/components/schemas/" + message.FullName };
    }

    /// <summary>The <c>components</c> object of the document: every schema referenced so far.</summary>
    public JsonObject Components()
    {
        var schemas = new JsonObject();
        foreach (var (name, schema) in _components) schemas[name] = schema.DeepClone();
        return new JsonObject { ["schemas"] = schemas };
    }

    private JsonObject OfField(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = OfValue(field.MessageType.FindFieldByNumber(2)) };
        }
        var value = OfValue(field);
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = value } : value;
    }

    private JsonObject OfValue(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.String => new JsonObject { ["type"] = "string" },
        FieldType.Bytes => new JsonObject { ["type"] = "string", ["format"] = "byte" },
        FieldType.Bool => new JsonObject { ["type"] = "boolean" },
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.UInt32 or FieldType.Fixed32 =>
            new JsonObject { ["type"] = "integer", ["format"] = "int32" },
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64 =>
            new JsonObject { ["type"] = "string", ["format"] = "int64" },
        FieldType.Float or FieldType.Double => new JsonObject { ["type"] = "number" },
        FieldType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(field.EnumType.Values.Select(v => (JsonNode)v.Name).ToArray()) },
        _ => Reference(field.MessageType),
    };

    private static JsonObject? WellKnown(string fullName) => fullName switch
    {
        "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        "google.protobuf.Duration" => new JsonObject { ["type"] = "string", ["example"] = "1.5s" },
        "google.protobuf.Empty" => new JsonObject { ["type"] = "object" },
        "google.protobuf.Any" => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["@type"] = new JsonObject { ["type"] = "string" } } },
        "google.protobuf.Struct" or "google.protobuf.Value" => new JsonObject(),
        _ => null,
    };
}
