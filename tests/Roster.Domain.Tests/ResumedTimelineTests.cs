using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Probation;
using Roster.Domain.Tenures;
using Roster.Domain.Time;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>
/// <see cref="TenureTimeline.DeriveFrom"/> resumed at the date of a new record, from the stored tenures not ended
/// before it, gives with the tenures that did end before it exactly what the whole derivation gives: records are
/// added one at a time, in every arrival order tried, as the ledger adds them, and compared with the derivation
/// from all of them at once.
/// </summary>
public sealed class ResumedTimelineTests
{
    private static readonly Post Deputy = new("阳泉市公安局", "副局长", PostRank.Deputy);
    private static readonly Post Head = new("阳泉市公安局", "局长", PostRank.Head);

    [Fact]
    public void Seed_orders_added_one_at_a_time_in_every_arrival_order_give_the_whole_derivation()
    {
        var orders = SeedFacts.Current.Orders.Select(f => new OrderValidator(SeedFacts.Tables).Validate(f.ToDraft())).ToList();
        foreach (var arrival in Permutations(orders.Count))
        {
            var arrived = arrival.Select(i => orders[i]).ToList();
            foreach (var post in orders.SelectMany(o => o.Items).Select(i => i.Post).Distinct())
            {
                var records = arrived.Select(o => (Date: o.EffectiveOn, Events: PostEvent.From(o, post).ToList())).Where(r => r.Events.Count > 0)
                    .Select(r => new Record(r.Date, r.Events, [], [])).ToList();
                AssertResumedEqualsWhole(post, records);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_histories_with_rosters_probations_and_confirmations_added_one_record_at_a_time_give_the_whole_derivation(int seed)
    {
        var random = new Random(seed);
        foreach (var post in new[] { Head, Deputy })
        {
            for (var history = 0; history < 40; history++)
            {
                AssertResumedEqualsWhole(post, RandomRecords(random, count: 30));
            }
        }
    }

    [Fact]
    public void Resumption_keeps_the_open_tenures_without_what_later_records_added_and_confirmations_from_their_start()
    {
        var stored = new[]
        {
            new Tenure { Person = "靳润喜", Post = Head, StartOn = new(2018, 3, 1), KnownSince = new(2018, 3, 1), EndOn = new(2022, 1, 30),
                EndedBy = "阳政任字〔2022〕2号", RetainsRank = true, ProbationUntil = new(2019, 3, 1), ConfirmedOn = new(2019, 2, 1), ConfirmedBy = "x" },
            new Tenure { Person = "米炳生", Post = Head, StartOn = new(2022, 1, 30), KnownSince = new(2022, 1, 30), StartedBy = "阳政任字〔2022〕2号" },
            new Tenure { Person = "岳江", Post = Head, StartOn = null, KnownSince = new(2022, 1, 29), EndOn = new(2022, 1, 30), EndedBy = "y" },
        };

        var at = TimelineResumption.At(new DateOnly(2022, 1, 30), stored);

        var open = Assert.Single(at.Open);
        Assert.Equal("靳润喜", open.Person);
        Assert.Null(open.EndOn);
        Assert.Null(open.EndedBy);
        Assert.False(open.RetainsRank);
        Assert.Null(open.ConfirmedOn);
        Assert.Equal(new DateOnly(2018, 3, 1), at.ConfirmationsFrom);
        Assert.True(TimelineResumption.EndedBefore(stored[0], new DateOnly(2022, 1, 31)));
        Assert.False(TimelineResumption.EndedBefore(stored[0], new DateOnly(2022, 1, 30)));
    }

    /// <summary>One arrival: a record of the post dated <paramref name="Date"/> (an order's items, a roster's attestations or confirmations).</summary>
    private sealed record Record(DateOnly Date, IReadOnlyList<PostEvent> Events, IReadOnlyList<PostAttestation> Attestations,
        IReadOnlyList<PostConfirmation> Confirmations);

    private static void AssertResumedEqualsWhole(Post post, IReadOnlyList<Record> arrivals)
    {
        var stored = new List<Tenure>();
        var events = new List<PostEvent>();
        var attestations = new List<PostAttestation>();
        var confirmations = new List<PostConfirmation>();
        foreach (var record in arrivals)
        {
            events.AddRange(record.Events);
            attestations.AddRange(record.Attestations);
            confirmations.AddRange(record.Confirmations);
            var unfinished = TimelineResumption.At(record.Date, stored.Where(t => !TimelineResumption.EndedBefore(t, record.Date)));
            var removed = unfinished.RemovedWithoutOpenTenure(events);
            var at = unfinished.WithEnded(stored.Where(t => removed.Contains(t.Person)));
            var (resumed, _) = TenureTimeline.DeriveFrom(post, at, events, attestations, confirmations);
            stored = [.. stored.Where(t => TimelineResumption.EndedBefore(t, record.Date)), .. resumed];

            var (whole, _) = TenureTimeline.Derive(post, events, attestations, confirmations);
            Assert.Equal(Canonical(whole), Canonical(stored));
        }
    }

    private static IReadOnlyList<string> Canonical(IEnumerable<Tenure> tenures) =>
        tenures.Select(t => t.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();

    private static IReadOnlyList<Record> RandomRecords(Random random, int count)
    {
        string[] people = ["靳润喜", "米炳生", "赵海金", "岳江"];
        var first = new DateOnly(2018, 1, 1);
        var records = new List<Record>();
        for (var i = 0; i < count; i++)
        {
            var date = first.AddDays(random.Next(0, 2000) / 10 * 10); // coarse dates, so records share days
            var person = people[random.Next(people.Length)];
            var kind = random.Next(10);
            if (kind < 7)
            {
                var number = DocumentNumber.Parse($"阳政任字〔{date.Year}〕{i + 1}号");
                var action = kind switch { < 3 => OrderAction.Appoint, < 6 => OrderAction.Remove, _ => OrderAction.ConfirmProbation };
                var probation = action == OrderAction.Appoint && random.Next(2) == 0 && Period.TryParse("P1Y", out var year) ? year : (Period?)null;
                records.Add(new Record(date, [new PostEvent(date, number, 1, action, person, probation, RetainsRank: random.Next(2) == 0,
                    Concurrent: false, Acting: random.Next(3) == 0)], [], []));
            }
            else if (kind < 9)
            {
                records.Add(new Record(date, [], [new PostAttestation(date, person, $"roster-{i}")], []));
            }
            else
            {
                records.Add(new Record(date, [], [], [new PostConfirmation(date, person, $"confirmation-{i}")]));
            }
        }
        return records;
    }

    private static IReadOnlyList<int[]> Permutations(int n)
    {
        var result = new List<int[]>();
        void Permute(int[] items, int k)
        {
            if (k == items.Length) { result.Add((int[])items.Clone()); return; }
            for (var i = k; i < items.Length; i++)
            {
                (items[k], items[i]) = (items[i], items[k]);
                Permute(items, k + 1);
                (items[k], items[i]) = (items[i], items[k]);
            }
        }
        Permute(Enumerable.Range(0, n).ToArray(), 0);
        return result;
    }
}
