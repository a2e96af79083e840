using System.Globalization;
using Google.Protobuf.Reflection;
using Roster.Protos.Naming;
using Google.Type;
using Roster.Protos.V1;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Roster.Cli.Input;

/// <summary>
/// Maps the parsed nodes of one order file onto an <see cref="Order"/>, collecting a message for every
/// field it cannot read instead of stopping at the first.
/// </summary>
internal sealed class OrderFileReader(string file)
{
    private static readonly string[] OrderFields =
        ["document_number", "issuer", "title", "decision_body", "decided_on", "issued_on", "effective_on", "items", "corrects", "submitted_by", "gazette", "lines"];

    private static readonly string[] CorrectionFields = ["document_number", "kind"];

    private static readonly string[] ItemFields =
        ["action", "person", "person_id", "organization", "title", "probation", "retains_rank", "concurrent", "acting", "note"];

    private static readonly EnumDescriptor Actions = OrderServiceReflection.Descriptor.FindTypeByName<EnumDescriptor>("OrderAction");
    private static readonly EnumDescriptor CorrectionKinds = OrderServiceReflection.Descriptor.FindTypeByName<EnumDescriptor>("CorrectionKind");

    private readonly List<string> _errors = [];

    public OrderFileResult Read(YamlNode root)
    {
        var order = new Order();
        if (root is not YamlMappingNode mapping)
        {
            _errors.Add(OrderFileErrors.WrongShape(Location(root), "the order", "a mapping of fields (document_number: …, items: […])"));
            return OrderFileResult.Failure(_errors);
        }
        var source = new OrderSource();
        foreach (var (key, value) in Fields(mapping, "", OrderFields))
        {
            switch (key)
            {
                case "document_number": order.DocumentNumber = Text(value, key); break;
                case "issuer": order.Issuer = Text(value, key); break;
                case "title": order.Title = Text(value, key); break;
                case "decision_body": order.DecisionBody = Text(value, key); break;
                case "decided_on": order.DecidedOn = Date(value, key); break;
                case "issued_on": order.IssuedOn = Date(value, key); break;
                case "effective_on": order.EffectiveOn = Date(value, key); break;
                case "items": order.Items.AddRange(Items(value, key)); break;
                case "corrects": order.Corrects = Correction(value, key); break;
                case "submitted_by": source.SubmittedBy = Text(value, key); break;
                case "gazette": source.Gazette = Text(value, key); break;
                case "lines": Lines(value, key, source); break;
            }
        }
        if (!source.Equals(new OrderSource()))
        {
            order.Source = source;
        }
        return _errors.Count == 0 ? OrderFileResult.Success(order) : OrderFileResult.Failure(_errors);
    }

    private IEnumerable<OrderItem> Items(YamlNode node, string path)
    {
        if (IsNull(node)) yield break;
        if (node is not YamlSequenceNode sequence)
        {
            _errors.Add(OrderFileErrors.WrongShape(Location(node), path, "a list of items"));
            yield break;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (sequence.Children[i] is not YamlMappingNode mapping)
            {
                _errors.Add(OrderFileErrors.WrongShape(Location(sequence.Children[i]), itemPath, "a mapping ({action: …, person: …, …})"));
                continue;
            }
            yield return Item(mapping, itemPath);
        }
    }

    /// <summary><c>corrects: {document_number: 阳政任字〔2022〕4号, kind: REVOKE}</c>; an unknown kind is left for the server to reject.</summary>
    private OrderCorrection? Correction(YamlNode node, string path)
    {
        if (IsNull(node)) return null;
        if (node is not YamlMappingNode mapping)
        {
            _errors.Add(OrderFileErrors.WrongShape(Location(node), path, "a mapping {document_number: …, kind: REVOKE|AMEND}"));
            return null;
        }
        var correction = new OrderCorrection();
        foreach (var (key, value) in Fields(mapping, path + ".", CorrectionFields))
        {
            var text = Text(value, $"{path}.{key}");
            if (key == "document_number") correction.DocumentNumber = text;
            else correction.Kind = EnumWords.Find(CorrectionKinds, text) is { } kind ? (CorrectionKind)kind.Number : CorrectionKind.Unspecified;
        }
        return correction;
    }

    private OrderItem Item(YamlMappingNode mapping, string path)
    {
        var item = new OrderItem();
        foreach (var (key, value) in Fields(mapping, path + ".", ItemFields))
        {
            var fieldPath = $"{path}.{key}";
            switch (key)
            {
                case "action": item.Action = Action(Text(value, fieldPath)); break;
                case "person": item.Person = Text(value, fieldPath); break;
                case "person_id": item.PersonId = Text(value, fieldPath); break;
                case "organization": item.Organization = Text(value, fieldPath); break;
                case "title": item.Title = Text(value, fieldPath); break;
                case "probation": item.Probation = Text(value, fieldPath); break;
                case "retains_rank": item.RetainsRank = Boolean(value, fieldPath); break;
                case "concurrent": item.Concurrent = Boolean(value, fieldPath); break;
                case "acting": item.Acting = Boolean(value, fieldPath); break;
                case "note": item.Note = Text(value, fieldPath); break;
            }
        }
        return item;
    }

    /// <summary>The known fields of a mapping; unknown keys are reported and skipped (YAML itself rejects repeated keys).</summary>
    private IEnumerable<(string Key, YamlNode Value)> Fields(YamlMappingNode mapping, string pathPrefix, string[] allowed)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } text } ? text : keyNode.ToString();
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                _errors.Add(OrderFileErrors.UnknownField(Location(keyNode), pathPrefix + key, string.Join(", ", allowed)));
            }
            else
            {
                yield return (key, value);
            }
        }
    }

    /// <summary>Text; a null or empty value is the empty string, which proto3 treats as unset.</summary>
    private string Text(YamlNode node, string path)
    {
        if (IsNull(node)) return "";
        if (node is YamlScalarNode { Value: { } value }) return value.Trim();
        _errors.Add(OrderFileErrors.WrongShape(Location(node), path, "text"));
        return "";
    }

    /// <summary>A date by its form only (a day, or a month or year alone: <see cref="Dates.TryParseOrderDate"/>); the server
    /// judges whether it exists and whether that field may be imprecise.</summary>
    private Date? Date(YamlNode node, string path)
    {
        if (IsNull(node)) return null;
        var text = Text(node, path);
        if (Dates.TryParseOrderDate(text, out var date)) return date;
        if (node is YamlScalarNode) _errors.Add(OrderFileErrors.NotADate(Location(node), path, text));
        return null;
    }

    private bool Boolean(YamlNode node, string path)
    {
        if (IsNull(node)) return false;
        var text = Text(node, path);
        if (bool.TryParse(text, out var value)) return value;
        if (node is YamlScalarNode) _errors.Add(OrderFileErrors.NotABoolean(Location(node), path, text));
        return false;
    }

    private void Lines(YamlNode node, string path, OrderSource source)
    {
        if (IsNull(node)) return;
        var numbers = node switch
        {
            YamlScalarNode scalar => [scalar.Value],
            YamlSequenceNode sequence => sequence.Children.Select(c => (c as YamlScalarNode)?.Value).ToArray(),
            _ => [],
        };
        var lines = numbers
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line > 0 ? line : 0)
            .ToArray();
        if (lines.Length is < 1 or > 2 || lines.Contains(0))
        {
            _errors.Add(OrderFileErrors.NotLines(Location(node), path));
            return;
        }
        source.LineStart = lines[0];
        source.LineEnd = lines[^1];
    }

    /// <summary>The action by its short word (<c>APPOINT</c>) or proto name, any case; anything else is left for the server to reject.</summary>
    private static OrderAction Action(string text)
    {
        var value = EnumWords.Find(Actions, text);
        return value is null ? OrderAction.Unspecified : (OrderAction)value.Number;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private string Location(YamlNode node) => $"{file}:{node.Start.Line}:{node.Start.Column}";
}
