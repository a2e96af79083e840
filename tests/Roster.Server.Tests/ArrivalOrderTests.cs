using Roster.Protos.V1;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>Through the ledger and SQLite: the tenures stored do not depend on the order orders arrive in (docs/orders.md).</summary>
public sealed class ArrivalOrderTests
{
    private static Order ToWire(OrderFact fact) => new()
    {
        DocumentNumber = fact.DocumentNumber,
        Issuer = fact.Issuer,
        Title = fact.Title,
        DecisionBody = fact.DecisionBody,
        DecidedOn = Dates.Wire(fact.DecidedOn),
        IssuedOn = Dates.Wire(fact.IssuedOn),
        Items =
        {
            fact.Items.Select(i => new OrderItem
            {
                Action = Enum.Parse<OrderAction>(i.Action, ignoreCase: true),
                Person = i.Person,
                Organization = i.Organization,
                Title = i.Title,
                Probation = i.Probation ?? "",
                RetainsRank = i.RetainsRank,
            }),
        },
    };

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items) =>
        items.Count <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations(items.Where((_, j) => j != i).ToList()).Select(rest => (IReadOnlyList<T>)[item, .. rest]));

    private static async Task<string> StoredTenuresAfter(IReadOnlyList<OrderFact> arrival)
    {
        await using var host = await RosterServerHost.StartAsync(importSeed: false);
        var orders = new OrderService.OrderServiceClient(host.Channel);
        foreach (var fact in arrival) await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = ToWire(fact) });

        var people = new PeopleService.PeopleServiceClient(host.Channel);
        var lines = new List<string>();
        var tenuresByPerson = new List<string>();
        foreach (var name in SeedFacts.Current.Orders.SelectMany(o => o.Items).Select(i => i.Person).Distinct())
        {
            foreach (var person in (await people.ListPeopleAsync(new ListPeopleRequest { DisplayName = name })).People)
            {
                // Ids depend on arrival order; which tenures share a person must not (docs/identity.md).
                var tenures = person.Tenures.Select(t => { var withoutId = t.Clone(); withoutId.PersonId = ""; return withoutId.ToString(); })
                    .Order(StringComparer.Ordinal).ToList();
                Assert.All(person.Tenures, t => Assert.Equal(person.PersonId, t.PersonId));
                lines.AddRange(tenures);
                tenuresByPerson.Add(string.Join(" + ", tenures));
            }
        }
        lines.Sort(StringComparer.Ordinal);
        tenuresByPerson.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n-- people --\n" + string.Join("\n", tenuresByPerson);
    }

    [Fact]
    public async Task The_four_seed_orders_in_any_arrival_order_store_identical_tenures()
    {
        // Every one of the 24 permutations is checked in memory by the domain tests; through a real server and
        // SQLite file each, a fixed sample of them (the first, the reverse, and four drawn with a fixed seed).
        var all = Permutations(SeedFacts.Current.Orders).ToList();
        Assert.Equal(24, all.Count);
        var random = new Random(20220130);
        var permutations = new[] { all[0], all[^1] }.Concat(Enumerable.Range(0, 4).Select(_ => all[random.Next(1, all.Count - 1)])).ToList();

        var expected = await StoredTenuresAfter(permutations[0]);
        Assert.Contains("靳润喜", expected);
        foreach (var permutation in permutations.Skip(1))
        {
            Assert.Equal(expected, await StoredTenuresAfter(permutation));
        }
    }
}
