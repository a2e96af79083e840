using Roster.Domain.Orders;
using Roster.Domain.Tenures;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>
/// docs/orders.md: orders arrive in any order (history is back-filled), and the tenures must not depend on
/// it. The four seed orders are fed in all 24 permutations, each post's events also enumerated as
/// derived, reversed and shuffled; then with three hypothetical orders added, in all 5040.
/// </summary>
public sealed class ArrivalOrderTests
{
    private static readonly IReadOnlyList<Order> SeedOrders =
        SeedFacts.Current.Orders.Select(f => new OrderValidator(SeedFacts.Tables).Validate(f.ToDraft())).ToList();

    public static TheoryData<int> PermutationIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Permutations(SeedOrders.Count).Count; i++) data.Add(i);
        return data;
    }

    private static readonly string[] Arrangements = ["as derived", "reversed", "shuffled"];

    [Fact]
    public void Seed_orders_give_one_tenure_per_person_and_post_they_name()
    {
        var named = SeedFacts.Current.Orders.SelectMany(o => o.Items).Select(i => (i.Person, i.Organization, i.Title)).Distinct().Count();

        Assert.Equal(named, Ledger.From(SeedOrders).Tenures.Count);
    }

    [Fact]
    public void There_are_24_permutations_of_the_4_seed_orders()
    {
        Assert.Equal(4, SeedOrders.Count);
        var permutations = Permutations(SeedOrders.Count);
        Assert.Equal(24, permutations.Count);
        Assert.Equal(24, permutations.Select(p => string.Join(",", p)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(PermutationIndexes))]
    public void Seed_tenures_and_warnings_do_not_depend_on_the_order_in_which_the_4_orders_and_their_items_arrive(int permutation)
    {
        var baseline = Ledger.From(SeedOrders);
        var arrived = Permutations(SeedOrders.Count)[permutation].Select(i => SeedOrders[i]).ToList();

        foreach (var arrangement in Arrangements)
        {
            var ledger = Ledger.From(arrived, events => Arrange(events, arrangement, seed: permutation));

            Assert.Equal(baseline.CanonicalTenures(), ledger.CanonicalTenures());
            Assert.Equal(baseline.CanonicalWarnings(), ledger.CanonicalWarnings());
        }
    }

    /// <summary>
    /// The seed orders' events on one post never depend on each other (each person is only appointed or
    /// only removed), so those 24 permutations alone would not catch a timeline that ignored the sort.
    /// These hypothetical orders (not in the gazette) make each sort key matter: an earlier appointment
    /// that order 2 closes (date), a removal and a re-appointment on one date in two orders (number), and
    /// a removal and re-appointment within one order (position).
    /// </summary>
    private static readonly IReadOnlyList<Order> HypotheticalOrders =
    [
        .. new[]
        {
            // Another issuer code, so the number sorts after 阳政任字〔2022〕2号 though it took effect two years earlier.
            Drafts.Order("阳政干字〔2020〕7号", "2020-05-20", Drafts.Appoint("靳润喜", "阳泉市公安局", "局长")),
            Drafts.Order("阳政任字〔2022〕9号", "2022-03-01", Drafts.Remove("岳江", "阳泉市公安局国内安全保卫支队", "支队长")),
            Drafts.Order("阳政任字〔2022〕10号", "2022-03-01",
                Drafts.Appoint("岳江", "阳泉市公安局国内安全保卫支队", "支队长"),
                Drafts.Remove("赵海金", "阳泉市公安局", "副局长"),
                Drafts.Appoint("赵海金", "阳泉市公安局", "副局长")),
        }.Select(d => new OrderValidator(SeedFacts.Tables).Validate(d)),
    ];

    [Fact]
    public void With_hypothetical_back_filled_and_later_orders_all_5040_arrival_orders_give_the_same_tenures_and_warnings()
    {
        var orders = SeedOrders.Concat(HypotheticalOrders).ToList();
        var baseline = Ledger.From(orders);
        // The orders now bear on each other, so a timeline that ignored any sort key would differ somewhere below.
        Assert.Contains(baseline.Tenures, t => t.Person == "靳润喜" && t.StartOn == new DateOnly(2020, 5, 20) && t.EndOn == new DateOnly(2022, 1, 30));
        Assert.Equal(2, baseline.Tenures.Count(t => t.Person == "岳江"));
        Assert.Equal(2, baseline.Tenures.Count(t => t.Person == "赵海金"));

        var permutations = Permutations(orders.Count);
        Assert.Equal(5040, permutations.Count);
        for (var p = 0; p < permutations.Count; p++)
        {
            var arrived = permutations[p].Select(i => orders[i]).ToList();
            var arrangement = Arrangements[p % Arrangements.Length];

            var ledger = Ledger.From(arrived, events => Arrange(events, arrangement, seed: p));

            Assert.Equal(baseline.CanonicalTenures(), ledger.CanonicalTenures());
            Assert.Equal(baseline.CanonicalWarnings(), ledger.CanonicalWarnings());
        }
    }

    [Fact]
    public void Items_fed_in_reverse_within_each_order_give_the_same_tenures()
    {
        var baseline = Ledger.From(SeedOrders);
        var reversedItems = SeedOrders.Select(o => o with { Items = o.Items.Reverse().ToList() });

        Assert.Equal(baseline.CanonicalTenures(), Ledger.From(reversedItems).CanonicalTenures());
    }

    private static IEnumerable<PostEvent> Arrange(IReadOnlyList<PostEvent> events, string arrangement, int seed) => arrangement switch
    {
        "as derived" => events,
        "reversed" => events.Reverse(),
        "shuffled" => Shuffle(events, new Random(seed)),
        _ => throw new ArgumentOutOfRangeException(nameof(arrangement), arrangement, null),
    };

    private static List<PostEvent> Shuffle(IReadOnlyList<PostEvent> events, Random random)
    {
        var copy = events.ToList();
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy;
    }

    /// <summary>Every permutation of 0..n-1, in lexicographic order.</summary>
    private static IReadOnlyList<int[]> Permutations(int n)
    {
        var result = new List<int[]>();
        void Extend(List<int> prefix)
        {
            if (prefix.Count == n)
            {
                result.Add([.. prefix]);
                return;
            }
            for (var i = 0; i < n; i++)
            {
                if (prefix.Contains(i)) continue;
                prefix.Add(i);
                Extend(prefix);
                prefix.RemoveAt(prefix.Count - 1);
            }
        }
        Extend([]);
        return result;
    }
}
