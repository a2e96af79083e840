using Roster.Protos.V1;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>seed-facts.yaml <c>officeholders</c> are answers "once the four orders are loaded (orders alone, no group rosters)":
/// asked of a real server that imported the seed gazette's orders but not its rosters.</summary>
public sealed class OrdersAloneFactsTests(OrdersAloneServer server) : IClassFixture<OrdersAloneServer>
{
    public static TheoryData<OfficeholderFact> OfficeholderFacts() => [.. SeedFacts.Current.Officeholders];

    [Theory]
    [MemberData(nameof(OfficeholderFacts))]
    public async Task Officeholders_on_a_date_match_the_facts_orders_alone(OfficeholderFact fact) =>
        await OfficeholderAssertions.MatchAsync(new RosterService.RosterServiceClient(server.Host.Channel), fact);

    [Fact]
    public async Task Orders_alone_Jin_Runxi_is_known_as_head_from_the_day_before_his_removal()
    {
        var answer = await new RosterService.RosterServiceClient(server.Host.Channel).ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-01-29"),
        });
        var holder = Assert.Single(answer.Officeholders);
        Assert.Equal(("靳润喜", false, "2022-01-29", ""), (holder.Person, holder.StartKnown, Dates.Iso(holder.KnownSince), holder.AttestedBy));
    }
}

/// <summary>The comparison of one officeholder fact with the server's answer.</summary>
internal static class OfficeholderAssertions
{
    public static async Task MatchAsync(RosterService.RosterServiceClient roster, OfficeholderFact fact)
    {
        var request = new ListOfficeholdersRequest { Organization = fact.Organization, AsOf = Dates.Wire(fact.On) };
        if (fact.Title is not null) request.Title = fact.Title;
        else request.Rank = Enum.Parse<PostRank>(fact.Rank!, ignoreCase: true);

        var answer = await roster.ListOfficeholdersAsync(request);

        Assert.Equal(fact.Organization, answer.Organization);
        Assert.Equal(fact.Coverage, answer.Coverage.ToString().ToUpperInvariant());
        Assert.Equal(fact.Holders.Count, answer.Officeholders.Count);
        foreach (var (expected, actual) in fact.Holders.Zip(answer.Officeholders))
        {
            Assert.Equal(expected.Person, actual.Person);
            Assert.Equal(expected.StartKnown, actual.StartKnown);
            if (expected.Start is not null) Assert.Equal(expected.Start, Dates.Iso(actual.StartOn));
            if (!expected.StartKnown) Assert.Null(actual.StartOn);
            if (expected.KnownSince is not null) Assert.Equal(expected.KnownSince, Dates.Iso(actual.KnownSince));
            Assert.Equal(expected.Ends, Dates.Iso(actual.EndOn));
            Assert.Equal(expected.ProbationUntil, Dates.Iso(actual.ProbationUntil));
            Assert.Equal(expected.RetainsRank, actual.RetainsRank);
        }
    }
}
