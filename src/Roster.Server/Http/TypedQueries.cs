using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Primitives;
using Roster.Domain.Names;
using Roster.Protos.Naming;
using Roster.Server.Errors;
using Roster.Server.Services;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Roster.Server.Http;

/// <summary>
/// Typed query parameters of the HTTP/JSON routes. A person can type a date in a URL: <c>?as_of=2022-01-30</c> becomes
/// the <c>as_of.year=2022&amp;as_of.month=1&amp;as_of.day=30</c> that JSON transcoding binds to a <c>google.type.Date</c>.
/// An enum value may be given by its full name (<c>POST_RANK_HEAD</c>), its number, or the short word without the type
/// prefix (<c>rank=HEAD</c>), which is rewritten to the full name.
/// A date that is not <c>YYYY-MM-DD</c>, an enum value that is not one of the enum's names or numbers, a timestamp that
/// is not RFC 3339, or an integer that is not a whole number in its field's range is answered here with HTTP 400 and the
/// same body a service error has (AIP-193: <c>code</c> 3, <c>ErrorInfo</c> <c>DATE_INVALID</c> / <c>ENUM_INVALID</c> /
/// <c>TIMESTAMP_INVALID</c> / <c>INTEGER_INVALID</c>, a <c>BadRequest</c> naming the
/// parameter), instead of the transcoder's bare "Unsupported type" text. An impossible date (2022-02-30) has the right
/// shape and reaches the service, which answers INVALID_ARGUMENT naming the field.
/// </summary>
public static partial class TypedQueries
{
    /// <summary>Reason of an enum query value that is not one of the enum's values.</summary>
    public const string EnumReason = "ENUM_INVALID";
    /// <summary>Reason of an integer query value that is not a whole number in its field's range.</summary>
    public const string IntegerReason = "INTEGER_INVALID";
    /// <summary>Reason of a timestamp query value that is not RFC 3339.</summary>
    public const string TimestampReason = "TIMESTAMP_INVALID";

    /// <summary>The typed top-level fields of the requests of some services, by query parameter name (proto and JSON spellings).</summary>
    public sealed record Fields(IReadOnlySet<string> Dates, IReadOnlySet<string> Timestamps, IReadOnlyDictionary<string, EnumDescriptor> Enums,
        IReadOnlyDictionary<string, FieldType> Integers);

    /// <summary>The date, timestamp and enum fields of <paramref name="services"/>' request messages.</summary>
    public static Fields FieldsOf(params ServiceDescriptor[] services)
    {
        var fields = services.SelectMany(s => s.Methods).SelectMany(m => m.InputType.Fields.InFieldNumberOrder()).ToList();
        IEnumerable<string> Names(FieldDescriptor f) => [f.Name, f.JsonName];
        HashSet<string> OfMessage(string fullName) =>
            fields.Where(f => f.FieldType == FieldType.Message && f.MessageType.FullName == fullName).SelectMany(Names).ToHashSet(StringComparer.Ordinal);
        var enums = new Dictionary<string, EnumDescriptor>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.FieldType == FieldType.Enum))
        {
            foreach (var name in Names(field)) enums[name] = field.EnumType;
        }
        var integers = new Dictionary<string, FieldType>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => !f.IsRepeated && f.FieldType is FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64))
        {
            foreach (var name in Names(field)) integers[name] = field.FieldType;
        }
        return new Fields(OfMessage("google.type.Date"), OfMessage(Timestamp.Descriptor.FullName), enums, integers);
    }

    /// <summary>Checks and rewrites the typed query parameters of GET requests on every listener but gRPC's.</summary>
    public static IApplicationBuilder UseTypedQueries(this IApplicationBuilder app, Fields fields) => app.Use((context, next) =>
    {
        var query = context.Request.Query;
        if (!HttpMethods.IsGet(context.Request.Method) || !query.Keys.Any(k => fields.Dates.Contains(k) || fields.Timestamps.Contains(k) || fields.Enums.ContainsKey(k)
            || fields.Integers.ContainsKey(k)))
        {
            return next(context);
        }
        var rewritten = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (values.Count != 1)
            {
                rewritten[key] = values;
                continue;
            }
            var value = values[0] ?? "";
            if (fields.Dates.Contains(key))
            {
                if (IsoDate().Match(value) is not { Success: true } match)
                {
                    return RejectAsync(context, RequestDates.InvalidReason, key, $"{key}: expected a calendar date YYYY-MM-DD, got '{TextForm.Quote(value)}'");
                }
                rewritten[key + ".year"] = match.Groups[1].Value;
                rewritten[key + ".month"] = Number(match.Groups[2].Value);
                rewritten[key + ".day"] = Number(match.Groups[3].Value);
                continue;
            }
            if (fields.Timestamps.Contains(key) && !IsTimestamp(value))
            {
                return RejectAsync(context, TimestampReason, key, $"{key}: expected an RFC 3339 timestamp such as 2022-02-01T08:00:00Z, got '{TextForm.Quote(value)}'");
            }
            if (fields.Enums.TryGetValue(key, out var type))
            {
                if (ShortEnumValue(type, value) is { } full)
                {
                    rewritten[key] = full;
                    continue;
                }
                if (!IsEnumValue(type, value))
                {
                    var names = string.Join(", ", type.Values.Where(v => v.Number != 0).Select(v => v.Name[EnumWords.Prefix(type).Length..]));
                    return RejectAsync(context, EnumReason, key, $"{key}: expected one of {names}, got '{TextForm.Quote(value)}'");
                }
            }
            if (fields.Integers.TryGetValue(key, out var integer) && !IsInteger(integer, value))
            {
                return RejectAsync(context, IntegerReason, key, $"{key}: expected {IntegerRange(integer)}, got '{TextForm.Quote(value)}'");
            }
            rewritten[key] = values;
        }
        context.Request.Query = new QueryCollection(rewritten);
        context.Request.QueryString = QueryString.Create(rewritten.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
        return next(context);
    });

    private static bool IsInteger(FieldType type, string value) => type switch
    {
        FieldType.Int32 => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        FieldType.UInt32 => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        FieldType.UInt64 => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        _ => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
    };

    private static string IntegerRange(FieldType type) => type switch
    {
        FieldType.Int32 => $"a whole number from {int.MinValue} to {int.MaxValue}",
        FieldType.UInt32 => $"a whole number from 0 to {uint.MaxValue}",
        FieldType.UInt64 => $"a whole number from 0 to {ulong.MaxValue}",
        _ => $"a whole number from {long.MinValue} to {long.MaxValue}",
    };

    private static string Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>The full name of an enum value given as its short word (<c>HEAD</c> for <c>POST_RANK_HEAD</c>), else null.</summary>
    private static string? ShortEnumValue(EnumDescriptor type, string value) =>
        EnumWords.Prefix(type) is { Length: > 0 } prefix && !value.StartsWith(prefix, StringComparison.Ordinal)
        && type.FindValueByName(prefix + value) is { Number: not 0 } found
            ? found.Name
            : null;

    private static bool IsEnumValue(EnumDescriptor type, string value) =>
        type.FindValueByName(value) is not null || (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && type.FindValueByNumber(n) is not null);

    private static bool IsTimestamp(string value)
    {
        try
        {
            JsonParser.Default.Parse<Timestamp>(JsonFormatter.ToDiagnosticString(new StringValue { Value = value }));
            return true;
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
    }

    private static Task RejectAsync(HttpContext context, string reason, string field, string message) =>
        StatusBodies.RefuseAsync(context, StatusCodes.Status400BadRequest, reason, field, message);

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex IsoDate();
}
