using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Domain.Time;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Roster.Testing;

/// <summary>
/// The facts read by hand from the seed gazette (seed-facts.yaml, a copy of shared/data/seed-facts.yaml):
/// the truth the tests check against. Loaded once per test run.
/// </summary>
public sealed class SeedFacts
{
    private static readonly Lazy<SeedFacts> Instance = new(Load);

    /// <summary>The facts.</summary>
    public static SeedFacts Current => Instance.Value;

    public List<OrderFact> Orders { get; set; } = [];
    public List<string> ListingTitles { get; set; } = [];
    public List<OfficeholderFact> Officeholders { get; set; } = [];
    public List<PersonFact> People { get; set; } = [];
    public List<ProbationFact> Probations { get; set; } = [];
    public List<GroupFact> Groups { get; set; } = [];
    public List<OfficeholderFact> ExOfficioAnswers { get; set; } = [];

    /// <summary>Directory with the seed gazette and reference tables, as copied next to the test assembly.</summary>
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seed");

    /// <summary>Path of the seed gazette text.</summary>
    public static string GazettePath => Path.Combine(SeedDirectory, "yangquan-gazette-2022-01.txt");

    /// <summary>The reference tables from the seed directory.</summary>
    public static ReferenceTables Tables => TablesInstance.Value;
    private static readonly Lazy<ReferenceTables> TablesInstance = new(() => ReferenceTables.Load(SeedDirectory));

    private static SeedFacts Load()
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        return deserializer.Deserialize<SeedFacts>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-facts.yaml")));
    }

    /// <summary>Parses an ISO date of the facts file.</summary>
    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}

public sealed class OrderFact
{
    public string DocumentNumber { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string Title { get; set; } = "";
    public string DecisionBody { get; set; } = "";
    public string DecidedOn { get; set; } = "";
    public string IssuedOn { get; set; } = "";
    public string EffectiveOn { get; set; } = "";
    public List<int> Lines { get; set; } = [];
    public List<OrderItemFact> Items { get; set; } = [];

    /// <summary>The fact as a draft, the way a client would submit it.</summary>
    public OrderDraft ToDraft() => new()
    {
        DocumentNumber = DocumentNumber,
        Issuer = Issuer,
        Title = Title,
        DecisionBody = DecisionBody,
        DecidedOn = CalendarDate.From(SeedFacts.Date(DecidedOn)),
        IssuedOn = CalendarDate.From(SeedFacts.Date(IssuedOn)),
        Items = Items.Select(i => new OrderItemDraft
        {
            Action = Enum.Parse<OrderAction>(i.Action, ignoreCase: true),
            Person = i.Person,
            Organization = i.Organization,
            Title = i.Title,
            Probation = i.Probation,
            RetainsRank = i.RetainsRank,
        }).ToList(),
    };
}

public sealed class OrderItemFact
{
    public string Action { get; set; } = "";
    public string Person { get; set; } = "";
    public string Organization { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Probation { get; set; }
    public bool RetainsRank { get; set; }
}

public sealed class OfficeholderFact
{
    public string? Organization { get; set; }
    public string? Group { get; set; }
    public string? Role { get; set; }
    public string? Rank { get; set; }
    public string? Title { get; set; }
    public string On { get; set; } = "";
    public string Coverage { get; set; } = "";
    public List<HolderFact> Holders { get; set; } = [];

    /// <summary>A readable name for theory rows.</summary>
    public override string ToString() => $"{Organization ?? Group} {Title ?? Rank ?? Role} on {On}: {Coverage}";
}

public sealed class HolderFact
{
    public string Person { get; set; } = "";
    public string? Start { get; set; }
    public bool StartKnown { get; set; } = true;
    public string? KnownSince { get; set; }
    public string? Ends { get; set; }
    public string? ProbationUntil { get; set; }
    public bool RetainsRank { get; set; }
}

public sealed class PersonFact
{
    public string Person { get; set; } = "";
    public string On { get; set; } = "";
    public List<string> Posts { get; set; } = [];

    public override string ToString() => $"{Person} on {On}";
}

public sealed class ProbationFact
{
    public string Person { get; set; } = "";
    public string Post { get; set; } = "";
    public string From { get; set; } = "";
    public string Until { get; set; } = "";
}

public sealed class GroupFact
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Source { get; set; } = "";
    public string EffectiveOn { get; set; } = "";
    public List<int> Lines { get; set; } = [];
    public string? Note { get; set; }
    public List<SeatFact> Seats { get; set; } = [];
    public List<string> MemberUnits { get; set; } = [];
    public string? OfficeAt { get; set; }
}

public sealed class SeatFact
{
    public string Role { get; set; } = "";
    public string? Person { get; set; }
    public string? TitleText { get; set; }
    public string? ExOfficio { get; set; }
    public bool Concurrent { get; set; }
}
