using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>
/// Point-in-time answers over the four seed orders (seed-facts.yaml, sections <c>officeholders</c>,
/// <c>people</c> and <c>probations</c>), asked of the in-memory <see cref="Ledger"/>.
/// </summary>
public sealed class SeedRosterQueryTests
{
    private static Ledger Seed => Ledger.Seed;

    public static TheoryData<SeedRow<OfficeholderFact>> OfficeholderRows => SeedRow<OfficeholderFact>.All();
    public static TheoryData<SeedRow<PersonFact>> PersonRows => SeedRow<PersonFact>.All();

    [Theory]
    [MemberData(nameof(OfficeholderRows))]
    public void Officeholders_on_a_date_are_the_hand_read_ones(SeedRow<OfficeholderFact> row)
    {
        var fact = row.Fact;

        var answer = Ask(fact);

        Assert.Equal(SeedFacts.Date(fact.On), answer.AsOf);
        Assert.Equal(Enum.Parse<Coverage>(fact.Coverage, ignoreCase: true), answer.Coverage);
        Assert.Equal(fact.Holders.Select(h => h.Person), answer.Holders.Select(t => t.Person));
        foreach (var (expected, actual) in fact.Holders.Zip(answer.Holders))
        {
            AssertHolder(expected, actual);
        }
    }

    [Fact]
    public void Who_headed_public_security_bureau_on_2022_01_29_is_Jin_Runxi_with_unknown_start()
    {
        var fact = SeedFacts.Current.Officeholders.Single(f => f is { Organization: "阳泉市公安局", Rank: "HEAD", On: "2022-01-29" });

        var answer = Seed.HoldersOn("阳泉市公安局", PostRank.Head, SeedFacts.Date(fact.On));

        var holder = Assert.Single(answer.Holders);
        Assert.Equal("靳润喜", holder.Person);
        Assert.False(holder.StartKnown);
        // Half-open: order 2 takes effect on 2022-01-30, the first day he no longer holds the post.
        Assert.Equal(new DateOnly(2022, 1, 30), holder.EndOn);
        Assert.Equal("阳政任字〔2022〕2号", holder.EndedBy);
    }

    [Fact]
    public void Every_officeholders_fact_asks_about_a_post_the_seed_orders_name()
    {
        // Guards the theory above against a typo in the facts answering UNKNOWN for a post that does not exist.
        foreach (var fact in SeedFacts.Current.Officeholders)
        {
            Assert.Contains(Seed.Tenures, t => t.Post.Organization == fact.Organization
                && (fact.Title is null || t.Post.Title == fact.Title)
                && (fact.Rank is null || t.Post.Rank == Enum.Parse<PostRank>(fact.Rank, ignoreCase: true)));
        }
    }

    [Theory]
    [MemberData(nameof(PersonRows))]
    public void Posts_a_person_held_on_a_date_are_the_hand_read_ones(SeedRow<PersonFact> row)
    {
        var fact = row.Fact;

        var posts = Seed.PostsOf(fact.Person, SeedFacts.Date(fact.On));

        Assert.Equal(fact.Posts.Order(StringComparer.Ordinal), posts);
    }

    [Fact]
    public void Probations_running_on_2022_06_01_are_the_hand_read_ones_sorted_by_end()
    {
        var running = Seed.ProbationsRunningOn(new DateOnly(2022, 6, 1));

        var expected = SeedFacts.Current.Probations
            .Select(p => (p.Person, p.Post, From: SeedFacts.Date(p.From), Until: SeedFacts.Date(p.Until)));
        var actual = running.Select(t => (t.Person, Post: t.Post.ToString(), From: t.KnownSince, Until: t.ProbationUntil!.Value));
        Assert.Equal(expected, actual);
        Assert.All(running, t => Assert.True(t.StartKnown));
    }

    [Fact]
    public void No_probation_runs_on_the_day_it_ends()
    {
        // Half-open [from, until): on each fact's until date that probation is over.
        foreach (var fact in SeedFacts.Current.Probations)
        {
            var until = SeedFacts.Date(fact.Until);
            Assert.DoesNotContain(Seed.ProbationsRunningOn(until), t => t.Person == fact.Person && t.Post.ToString() == fact.Post);
            Assert.Contains(Seed.ProbationsRunningOn(until.AddDays(-1)), t => t.Person == fact.Person && t.Post.ToString() == fact.Post);
        }
    }

    private static Officeholders Ask(OfficeholderFact fact)
    {
        var organization = fact.Organization ?? throw new InvalidOperationException($"{fact}: only organisation questions are answered from orders");
        var on = SeedFacts.Date(fact.On);
        if (fact.Title is { } title) return Seed.HoldersOn(organization, title, on);
        if (fact.Rank is { } rank) return Seed.HoldersOn(organization, Enum.Parse<PostRank>(rank, ignoreCase: true), on);
        throw new InvalidOperationException($"{fact}: neither a title nor a rank");
    }

    private static void AssertHolder(HolderFact expected, Tenure actual)
    {
        Assert.Equal(expected.StartKnown, actual.StartKnown);
        Assert.Equal(expected.Start is null ? null : SeedFacts.Date(expected.Start), actual.StartOn);
        if (expected.StartKnown) Assert.Equal(actual.StartOn, actual.KnownSince);
        if (expected.KnownSince is { } knownSince) Assert.Equal(SeedFacts.Date(knownSince), actual.KnownSince);
        Assert.Equal(expected.Ends is null ? null : SeedFacts.Date(expected.Ends), actual.EndOn);
        Assert.Equal(expected.ProbationUntil is null ? null : SeedFacts.Date(expected.ProbationUntil), actual.ProbationUntil);
        Assert.Equal(expected.RetainsRank, actual.RetainsRank);
    }
}
