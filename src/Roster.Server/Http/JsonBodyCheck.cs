using System.Text.Json;
using Google.Protobuf.Reflection;

namespace Roster.Server.Http;

/// <summary>
/// Checks an HTTP/JSON request body against its request message before the transcoder reads it, with the strictness the
/// YAML order files have: a field the message does not have, a key given twice (also as its proto name and its
/// lowerCamel JSON name), two members of one oneof, and a value of the wrong JSON type (a string for a number, an
/// unknown enum name, <c>null</c> inside a list) are each a <see cref="JsonBodyProblem"/> naming the field by its path
/// (<c>order.items[0].probaton</c>) and saying what was expected. The proto3 JSON mapping decides what is valid: field
/// names in lowerCamel or as in the proto, enums by name or number, 64-bit integers as strings or numbers, well-known
/// types in their JSON forms (Timestamp and Duration as strings, google.type.Date as an object).
/// </summary>
public static class JsonBodyCheck
{
    /// <summary>Deepest nesting of the body accepted, as the protobuf parser's own limit.</summary>
    public const int MaxDepth = 64;

    /// <summary>What the reader found, in its own words (System.Text.Json's message without its position, which the caller
    /// gives), or for a byte order mark, which RFC 8259 section 8.1 keeps out of JSON sent between systems, that.</summary>
    private static string WhyNotJson(ReadOnlySpan<byte> body, JsonException e)
    {
        if (body.StartsWith("\uFEFF"u8)) return "it starts with a byte order mark (EF BB BF); send UTF-8 without one";
        var text = e.Message;
        var end = text.IndexOf(" Path:", StringComparison.Ordinal) is var p and >= 0 ? p : text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end >= 0 ? text[..end] : text).Trim().TrimEnd('.');
    }

    /// <summary>The first problem of <paramref name="body"/> as a <paramref name="message"/>, or null when it has none.</summary>
    public static JsonBodyProblem? Check(ReadOnlyMemory<byte> body, MessageDescriptor message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            return new JsonBodyProblem(JsonBodyProblem.NotJson, "body", $"the body is not JSON{where}: {WhyNotJson(body.Span, e)}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new JsonBodyProblem(JsonBodyProblem.InvalidValue, "body", $"the body must be a JSON object ({message.FullName}), not {Kind(document.RootElement)}");
            try
            {
                return Message(document.RootElement, message, "");
            }
            catch (InvalidOperationException)
            {
                // JsonElement reads a key that is not text (a lone surrogate escape) only when asked for it, and throws.
                return new JsonBodyProblem(JsonBodyProblem.InvalidValue, "body", NotText);
            }
        }
    }

    private static JsonBodyProblem? Message(JsonElement value, MessageDescriptor message, string path)
    {
        var seen = new Dictionary<int, string>();
        var oneofs = new Dictionary<OneofDescriptor, string>();
        foreach (var property in value.EnumerateObject())
        {
            var field = message.FindFieldByName(property.Name)
                ?? message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == property.Name);
            var at = Join(path, property.Name);
            if (field is null)
                return new JsonBodyProblem(JsonBodyProblem.UnknownField, at, $"{message.FullName} has no field '{property.Name}'");
            if (seen.TryGetValue(field.FieldNumber, out var first))
                return new JsonBodyProblem(JsonBodyProblem.DuplicateKey, at, $"'{property.Name}' is given twice (first as '{first}')");
            seen[field.FieldNumber] = property.Name;
            if (property.Value.ValueKind == JsonValueKind.Null) continue; // null is the field's default
            if (field.RealContainingOneof is { } oneof)
            {
                if (oneofs.TryGetValue(oneof, out var other))
                    return new JsonBodyProblem(JsonBodyProblem.InvalidValue, at, $"'{property.Name}' and '{other}' are both set; they are alternatives ({oneof.Name})");
                oneofs[oneof] = property.Name;
            }
            if (Field(property.Value, field, at) is { } problem) return problem;
        }
        return null;
    }

    private static JsonBodyProblem? Field(JsonElement value, FieldDescriptor field, string path)
    {
        if (field.IsMap)
        {
            if (value.ValueKind != JsonValueKind.Object) return Expected(path, "an object (a map)", value);
            var valueField = field.MessageType.FindFieldByNumber(2);
            foreach (var entry in value.EnumerateObject())
            {
                if (Single(entry.Value, valueField, $"{path}[\"{entry.Name}\"]", inList: true) is { } problem) return problem;
            }
            return null;
        }
        if (field.IsRepeated)
        {
            if (value.ValueKind != JsonValueKind.Array) return Expected(path, "a list", value);
            var index = 0;
            foreach (var element in value.EnumerateArray())
            {
                if (Single(element, field, $"{path}[{index++}]", inList: true) is { } problem) return problem;
            }
            return null;
        }
        return Single(value, field, path, inList: false);
    }

    private static JsonBodyProblem? Single(JsonElement value, FieldDescriptor field, string path, bool inList)
    {
        if (value.ValueKind == JsonValueKind.Null)
            return inList ? new JsonBodyProblem(JsonBodyProblem.InvalidValue, path, "null is not a value inside a list") : null;
        switch (field.FieldType)
        {
            case FieldType.String:
                if (value.ValueKind != JsonValueKind.String) return Expected(path, "a string", value);
                return IsText(value) ? null : new JsonBodyProblem(JsonBodyProblem.InvalidValue, path, NotText);
            case FieldType.Bytes:
                return value.ValueKind == JsonValueKind.String && value.TryGetBytesFromBase64(out _) ? null : Expected(path, "a base64 string", value);
            case FieldType.Bool:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : Expected(path, "true or false", value);
            // proto3 JSON also allows a 32-bit integer as a string ("2022") or with an exponent or fraction (3.0, 3e0), but the
            // transcoder's reader does not: it would answer "Request JSON payload is not correctly formatted." with no
            // field, so such forms are refused here, named. Only plain integer literals pass.
            case FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32:
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : Expected(path, "a 32-bit integer as a JSON number", value);
            case FieldType.UInt32 or FieldType.Fixed32:
                return value.ValueKind == JsonValueKind.Number && value.TryGetUInt32(out _) ? null : Expected(path, "an unsigned 32-bit integer as a JSON number", value);
            case FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64:
                return Integer(value, long.MinValue, long.MaxValue) ? null : Expected(path, "a 64-bit integer (a string or a number)", value);
            case FieldType.UInt64 or FieldType.Fixed64:
                return Integer(value, 0, ulong.MaxValue) ? null : Expected(path, "an unsigned 64-bit integer (a string or a number)", value);
            case FieldType.Float or FieldType.Double:
                return value.ValueKind == JsonValueKind.Number || value.ValueKind == JsonValueKind.String && value.GetString() is "NaN" or "Infinity" or "-Infinity"
                    ? null : Expected(path, "a number", value);
            case FieldType.Enum:
                if (value.ValueKind == JsonValueKind.String && field.EnumType.FindValueByName(value.GetString()!) is not null) return null;
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && field.EnumType.FindValueByNumber(number) is not null) return null;
                return new JsonBodyProblem(JsonBodyProblem.InvalidValue, path,
                    $"{Shown(value)} is not a {field.EnumType.FullName}; expected one of {string.Join(", ", field.EnumType.Values.Select(v => v.Name))}");
            default:
                return WellKnown(value, field.MessageType, path) ?? (IsWellKnown(field.MessageType) ? null
                    : value.ValueKind == JsonValueKind.Object ? Message(value, field.MessageType, path) : Expected(path, $"an object ({field.MessageType.FullName})", value));
        }
    }

    private static bool IsWellKnown(MessageDescriptor message) => message.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal);

    /// <summary>The JSON forms of the well-known types that are not objects of their fields.</summary>
    private static JsonBodyProblem? WellKnown(JsonElement value, MessageDescriptor message, string path) => message.FullName switch
    {
        "google.protobuf.Timestamp" => value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? null : Expected(path, "an RFC 3339 timestamp such as \"2022-01-30T08:00:00Z\"", value),
        "google.protobuf.Duration" or "google.protobuf.FieldMask" => value.ValueKind == JsonValueKind.String ? null : Expected(path, "a string", value),
        "google.protobuf.StringValue" => value.ValueKind == JsonValueKind.String ? null : Expected(path, "a string", value),
        "google.protobuf.BoolValue" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : Expected(path, "true or false", value),
        "google.protobuf.Int32Value" or "google.protobuf.Int64Value" or "google.protobuf.UInt32Value" or "google.protobuf.UInt64Value"
            => Integer(value, long.MinValue, ulong.MaxValue) ? null : Expected(path, "an integer", value),
        "google.protobuf.DoubleValue" or "google.protobuf.FloatValue" => value.ValueKind == JsonValueKind.Number ? null : Expected(path, "a number", value),
        "google.protobuf.Any" => value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String
            ? null : Expected(path, "an object with \"@type\"", value),
        _ => null,
    };

    private static bool Integer(JsonElement value, decimal min, decimal max)
    {
        decimal number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (!value.TryGetDecimal(out number)) return false;
        }
        else if (value.ValueKind != JsonValueKind.String || !decimal.TryParse(value.GetString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return false;
        }
        return number == decimal.Truncate(number) && number >= min && number <= max;
    }

    private const string NotText = "the string is not text: it holds bytes that are not UTF-8, or escapes half of a UTF-16 surrogate pair (such as \\ud800) without the other half";

    // JSON may escape a lone surrogate (\ud800), which is no character: no protobuf string can hold it.
    private static bool IsText(JsonElement value)
    {
        try
        {
            value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static JsonBodyProblem Expected(string path, string expected, JsonElement value) =>
        new(JsonBodyProblem.InvalidValue, path, $"expected {expected}, not {Kind(value)}");

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string {Shown(value)}",
        JsonValueKind.Number => $"the number {Shown(value)}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static string Shown(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}

/// <summary>What is wrong with a JSON body: an ErrorInfo reason, the field's path, and a description.</summary>
/// <param name="Reason">One of the reason constants.</param>
/// <param name="Field">The path of the field (<c>order.items[0].probaton</c>), or <c>body</c>.</param>
/// <param name="Description">What is wrong and what was expected.</param>
public sealed record JsonBodyProblem(string Reason, string Field, string Description)
{
    /// <summary>The body is not JSON.</summary>
    public const string NotJson = "JSON_MALFORMED";
    /// <summary>The request does not say its body is JSON (HTTP 415).</summary>
    public const string NotJsonContent = "CONTENT_TYPE_UNSUPPORTED";
    /// <summary>A field the message does not have.</summary>
    public const string UnknownField = "JSON_FIELD_UNKNOWN";
    /// <summary>A key given twice.</summary>
    public const string DuplicateKey = "JSON_DUPLICATE_KEY";
    /// <summary>A value of the wrong type or out of range.</summary>
    public const string InvalidValue = "JSON_VALUE_INVALID";
}
