using System.Text.Json;
using Google.Type;
using Roster.Protos.V1;
using Roster.Testing;
using YamlDotNet.RepresentationModel;

namespace Roster.Cli.Tests.Input;

/// <summary>The <c>orders</c> entries of seed-facts.yaml as order files (YAML and JSON) and as the protos they must read into.</summary>
public static class SeedOrders
{
    public static readonly TheoryData<int> Indexes = new(0, 1, 2, 3);

    /// <summary>The entry exactly as seed-facts.yaml writes it, re-emitted as a YAML document of its own.</summary>
    public static string Yaml(int index)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-facts.yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var entry = ((YamlSequenceNode)root["orders"]).Children[index];
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(entry)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>The entry as JSON with snake_case field names.</summary>
    public static string Json(int index) => JsonSerializer.Serialize(
        SeedFacts.Current.Orders[index],
        new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        });

    /// <summary>The order the entry must read into, built from the facts independently of the CLI.</summary>
    public static Order Expected(int index)
    {
        var fact = SeedFacts.Current.Orders[index];
        var order = new Order
        {
            DocumentNumber = fact.DocumentNumber,
            Issuer = fact.Issuer,
            Title = fact.Title,
            DecisionBody = fact.DecisionBody,
            DecidedOn = DateOf(fact.DecidedOn),
            IssuedOn = DateOf(fact.IssuedOn),
            EffectiveOn = DateOf(fact.EffectiveOn),
            Source = new OrderSource { LineStart = fact.Lines[0], LineEnd = fact.Lines[1] },
        };
        order.Items.AddRange(fact.Items.Select(item => new OrderItem
        {
            Action = Enum.Parse<OrderAction>(item.Action, ignoreCase: true),
            Person = item.Person,
            Organization = item.Organization,
            Title = item.Title,
            Probation = item.Probation ?? "",
            RetainsRank = item.RetainsRank,
        }));
        return order;
    }

    private static Date DateOf(string iso)
    {
        var date = SeedFacts.Date(iso);
        return new Date { Year = date.Year, Month = date.Month, Day = date.Day };
    }
}
