using Roster.Testing;
using Xunit.Abstractions;

namespace Roster.Domain.Tests.Support;

/// <summary>
/// One row of a seed-facts section as theory data: serialised as its index (so every row is its own
/// test case in the runner) and displayed as the fact it stands for.
/// </summary>
public sealed class SeedRow<T> : IXunitSerializable where T : class
{
    private static readonly Func<SeedFacts, IReadOnlyList<T>> Section = SectionOf();
    private int _index;

    /// <summary>For the serializer.</summary>
    public SeedRow() { }

    private SeedRow(int index) => _index = index;

    /// <summary>The fact.</summary>
    public T Fact => Section(SeedFacts.Current)[_index];

    /// <summary>Every row of the section as theory data.</summary>
    public static TheoryData<SeedRow<T>> All()
    {
        var data = new TheoryData<SeedRow<T>>();
        for (var i = 0; i < Section(SeedFacts.Current).Count; i++) data.Add(new SeedRow<T>(i));
        return data;
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info) => _index = info.GetValue<int>("index");

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info) => info.AddValue("index", _index);

    /// <inheritdoc />
    public override string ToString() => $"#{_index} " + Fact switch
    {
        OrderFact o => o.DocumentNumber,
        ProbationFact p => $"{p.Person} {p.Post}",
        var other => other.ToString(),
    };

    private static Func<SeedFacts, IReadOnlyList<T>> SectionOf()
    {
        if (typeof(T) == typeof(OrderFact)) return f => (IReadOnlyList<T>)f.Orders;
        if (typeof(T) == typeof(OfficeholderFact)) return f => (IReadOnlyList<T>)f.Officeholders;
        if (typeof(T) == typeof(PersonFact)) return f => (IReadOnlyList<T>)f.People;
        if (typeof(T) == typeof(ProbationFact)) return f => (IReadOnlyList<T>)f.Probations;
        throw new NotSupportedException($"no seed-facts section holds {typeof(T).Name}");
    }
}
