using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.Extensions.Primitives;

namespace Roster.Server.Http;

/// <summary>
/// Lets a person type a date in a URL: <c>?as_of=2022-01-30</c> becomes the
/// <c>as_of.year=2022&amp;as_of.month=1&amp;as_of.day=30</c> that JSON transcoding binds to a <c>google.type.Date</c>.
/// Only query parameters that name a date field of a transcoded request are rewritten; anything else that is not
/// <c>YYYY-MM-DD</c> is left for transcoding to reject. An impossible date (2022-02-30) reaches the service, which
/// answers INVALID_ARGUMENT naming the field.
/// </summary>
public static partial class DateQueries
{
    /// <summary>The query parameter names (proto and JSON spellings) of date fields in <paramref name="services"/>' requests.</summary>
    public static IReadOnlySet<string> FieldsOf(params ServiceDescriptor[] services) =>
        services.SelectMany(s => s.Methods).SelectMany(m => m.InputType.Fields.InFieldNumberOrder())
            .Where(f => f.FieldType == FieldType.Message && f.MessageType.FullName == "google.type.Date")
            .SelectMany(f => new[] { f.Name, f.JsonName })
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Rewrites date query parameters of GET requests on every listener but gRPC's.</summary>
    public static IApplicationBuilder UseDateQueries(this IApplicationBuilder app, IReadOnlySet<string> dateFields) => app.Use((context, next) =>
    {
        var query = context.Request.Query;
        if (HttpMethods.IsGet(context.Request.Method) && query.Keys.Any(dateFields.Contains))
        {
            var rewritten = new Dictionary<string, StringValues>(StringComparer.Ordinal);
            foreach (var (key, values) in query)
            {
                if (dateFields.Contains(key) && values.Count == 1 && IsoDate().Match(values[0] ?? "") is { Success: true } match)
                {
                    rewritten[key + ".year"] = match.Groups[1].Value;
                    rewritten[key + ".month"] = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    rewritten[key + ".day"] = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    rewritten[key] = values;
                }
            }
            context.Request.Query = new QueryCollection(rewritten);
            context.Request.QueryString = QueryString.Create(rewritten.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
        }
        return next(context);
    });

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex IsoDate();
}
