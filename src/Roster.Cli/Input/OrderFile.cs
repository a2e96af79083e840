using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Roster.Cli.Input;

/// <summary>
/// Reads an order from a YAML or JSON file into a <see cref="Roster.Protos.V1.Order"/> for <c>SubmitOrder</c>.
/// The fields are those of the <c>orders</c> entries of seed-facts.yaml: <c>document_number, issuer, title,
/// decision_body, decided_on, issued_on, effective_on, items: [{action, person, organization, title, probation,
/// retains_rank, concurrent, acting, note}]</c>, <c>corrects: {document_number, kind: REVOKE|AMEND}</c> for a correction, and optionally <c>submitted_by</c>, <c>gazette</c> and
/// <c>lines: [first, last]</c> for the source. Never throws on bad input: problems come back in
/// <see cref="OrderFileResult.Errors"/>.
/// </summary>
/// <remarks>
/// Only syntax is judged. A date is read by its form alone (<c>2022-02-30</c> becomes <c>Date{2022, 2, 30}</c>)
/// and an unknown action becomes <c>ORDER_ACTION_UNSPECIFIED</c>, so that the server, which owns the rules,
/// answers with its field violations.
/// </remarks>
public static class OrderFile
{
    /// <summary>
    /// Reads the file at <paramref name="path"/> (at most <see cref="BoundedTextFile.OrderFileCap"/> bytes): JSON when it ends in <c>.json</c>; otherwise YAML, which reads
    /// JSON as well.
    /// </summary>
    public static OrderFileResult Read(string path)
    {
        var read = BoundedTextFile.Read(path, BoundedTextFile.OrderFileCap);
        if (!read.Succeeded)
        {
            return OrderFileResult.Failure(OrderFileErrors.CannotRead(path, read.Problem!));
        }
        var text = read.Text!;
        return Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? ParseJson(text, path)
            : ParseYaml(text, path);
    }

    /// <summary>Reads an order from JSON text; <paramref name="file"/> names it in messages.</summary>
    public static OrderFileResult ParseJson(string text, string file)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            var location = exception.LineNumber is { } line ? $"{file}:{line + 1}" : file;
            return OrderFileResult.Failure(OrderFileErrors.NotJson(location, ReasonOf(exception)));
        }
        // Valid JSON is valid YAML: one reader maps the fields of both, with line numbers.
        return ParseYaml(text, file);
    }

    // System.Text.Json appends the position (already in the location, zero-based) and advice about reader
    // options that a person editing a file cannot act on.
    private static string ReasonOf(JsonException exception)
    {
        var reason = exception.Message;
        var position = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position >= 0) reason = reason[..position];
        return reason.Replace(" Change the reader options.", "", StringComparison.Ordinal);
    }

    /// <summary>Deepest nesting of lists and maps read; an order file needs three levels (order, items, item).</summary>
    public const int MaxDepth = 64;

    /// <summary>Where the text first nests past <see cref="MaxDepth"/>, or null. YamlStream builds its node tree recursively,
    /// so tens of thousands of nested brackets (a file well under the size cap) overflow the stack, which no handler
    /// survives; the event parser is iterative, so it counts the depth first.</summary>
    private static Mark? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    if (++depth > MaxDepth) return parser.Current.Start;
                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }

    /// <summary>Reads an order from YAML (or JSON) text; <paramref name="file"/> names it in messages.</summary>
    public static OrderFileResult ParseYaml(string text, string file)
    {
        // YamlDotNet drops a raw NUL and keeps the rest of the value; refuse it as the server refuses "\0".
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var line = text.AsSpan(0, nul).Count('\n') + 1;
            return OrderFileResult.Failure(OrderFileErrors.NulCharacter($"{file}:{line}"));
        }
        var stream = new YamlStream();
        try
        {
            if (TooDeep(text) is { } deep)
            {
                return OrderFileResult.Failure(OrderFileErrors.NotYaml($"{file}:{deep.Line}:{deep.Column}",
                    $"it nests lists or maps more than {MaxDepth} deep (an order needs 3)"));
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var location = $"{file}:{exception.Start.Line}:{exception.Start.Column}";
            var reason = exception.InnerException?.Message ?? exception.Message;
            return OrderFileResult.Failure(OrderFileErrors.NotYaml(location, reason));
        }
        return stream.Documents.Count switch
        {
            0 => OrderFileResult.Failure(OrderFileErrors.Empty(file)),
            1 => new OrderFileReader(file).Read(stream.Documents[0].RootNode),
            _ => OrderFileResult.Failure(OrderFileErrors.SeveralDocuments(file)),
        };
    }
}
