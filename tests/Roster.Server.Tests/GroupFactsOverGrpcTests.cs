using Roster.Domain.Names;
using Roster.Protos.V1;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>seed-facts.yaml <c>groups</c> and <c>ex_officio_answers</c>, asked of a real server that imported the seed gazette.</summary>
public sealed class GroupFactsOverGrpcTests(SeededServer server) : IClassFixture<SeededServer>
{
    private GroupService.GroupServiceClient Groups => new(server.Host.Channel);
    private RosterService.RosterServiceClient Roster => new(server.Host.Channel);

    public static TheoryData<string> GroupNames() => [.. SeedFacts.Current.Groups.Select(g => g.Name)];
    public static TheoryData<OfficeholderFact> ExOfficioAnswers() => [.. SeedFacts.Current.ExOfficioAnswers];

    [Fact]
    public async Task The_seed_gazette_yields_exactly_the_four_groups_of_the_facts()
    {
        var listed = await Groups.ListGroupsAsync(new ListGroupsRequest());
        Assert.Equal(SeedFacts.Current.Groups.Select(g => g.Name).Order(StringComparer.Ordinal), listed.Groups.Select(g => g.Group).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GroupNames))]
    public async Task Group_roster_on_its_effective_date_has_exactly_the_seats_of_the_facts(string name)
    {
        var fact = SeedFacts.Current.Groups.Single(g => g.Name == name);
        var answer = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = name, AsOf = Dates.Wire(fact.EffectiveOn) });

        Assert.Equal(Coverage.Held, answer.RosterCoverage);
        var roster = answer.Roster;
        Assert.Equal((fact.Name, fact.Kind, fact.Source, fact.EffectiveOn), (roster.Group, Kind(roster.Kind), roster.SourceDocument, Dates.Iso(roster.EffectiveOn)));
        // The facts omit office_at for 阳政办发〔2022〕2号, whose line 1455 prints 办公室设在市规划和自然资源局.
        if (fact.OfficeAt is not null) Assert.Equal(TextForm.Compact(fact.OfficeAt), roster.OfficeAt);
        foreach (var role in fact.Seats.Select(s => s.Role).Concat(roster.Seats.Select(s => s.Role)).Distinct())
        {
            var expected = fact.Seats.Where(s => s.Role == role)
                .Select(s => (s.Person ?? "", TextForm.Compact(s.TitleText), TextForm.Compact(s.ExOfficio), s.Concurrent)).Order().ToList();
            var actual = roster.Seats.Where(s => s.Role == role && s.HolderKind != SeatHolderKind.MemberUnit)
                .Select(s => (s.Person, s.TitleText, s.ExOfficio, s.Concurrent)).Order().ToList();
            Assert.Equal(expected, actual);
        }
        Assert.Equal(fact.MemberUnits.Select(TextForm.Compact).Order(), roster.Seats.Where(s => s.HolderKind == SeatHolderKind.MemberUnit).Select(s => s.MemberUnit).Order());
    }

    [Theory]
    [MemberData(nameof(ExOfficioAnswers))]
    public async Task Ex_officio_answers_match_the_facts(OfficeholderFact fact)
    {
        Coverage coverage;
        IReadOnlyList<Tenure> holders;
        if (fact.Group is not null)
        {
            var answer = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = fact.Group, AsOf = Dates.Wire(fact.On), Resolve = true });
            if (answer.RosterCoverage != Coverage.Held)
            {
                (coverage, holders) = (answer.RosterCoverage, []);
            }
            else
            {
                var seat = Assert.Single(answer.Roster.Seats, s => s.Role == fact.Role);
                Assert.Equal(SeatHolderKind.ExOfficio, seat.HolderKind);
                (coverage, holders) = (seat.Resolution.Coverage, seat.Resolution.Holders);
            }
        }
        else
        {
            var answer = await Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest
            {
                Organization = fact.Organization, Rank = Enum.Parse<PostRank>(fact.Rank!, ignoreCase: true), AsOf = Dates.Wire(fact.On),
            });
            (coverage, holders) = (answer.Coverage, answer.Officeholders);
        }

        Assert.Equal(fact.Coverage, coverage.ToString().ToUpperInvariant());
        Assert.Equal(fact.Holders.Select(h => (h.Person, h.StartKnown, h.KnownSince, h.Ends)),
            holders.Select(h => (h.Person, h.StartKnown, (string?)Dates.Iso(h.KnownSince), Dates.Iso(h.EndOn))));
    }

    [Fact]
    public async Task The_cable_protection_group_has_26_seats_from_2022_02_15_and_no_known_roster_on_2022_02_14()
    {
        const string name = "阳泉市保护国家通信光缆安全领导小组";
        var on15 = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = name, AsOf = Dates.Wire("2022-02-15") });
        var on14 = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = name, AsOf = Dates.Wire("2022-02-14") });

        Assert.Equal(26, on15.Roster.Seats.Count);
        Assert.Equal(Coverage.Unknown, on14.RosterCoverage);
        Assert.Null(on14.Roster);
    }

    [Fact]
    public async Task Unresolvable_ex_officio_seats_come_back_unknown_with_their_printed_text()
    {
        var answer = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = "阳泉市大面积停电事件应急指挥部", AsOf = Dates.Wire("2022-02-01"), Resolve = true });

        var secretary = Assert.Single(answer.Roster.Seats, s => s.ExOfficio == "市政府协管副秘书长");
        Assert.Equal((Coverage.Unknown, "unresolvable"), (secretary.Resolution.Coverage, secretary.Resolution.Basis));
        var commander = Assert.Single(answer.Roster.Seats, s => s.Role == "指挥长");
        Assert.Equal((Coverage.Unknown, "portfolio 能源"), (commander.Resolution.Coverage, commander.Resolution.Basis));
        Assert.Equal(28, answer.Roster.Seats.Count);
    }

    [Fact]
    public async Task Du_Pinghua_sits_on_the_mining_crackdown_group_as_deputy_leader_and_office_director()
    {
        var listed = await Groups.ListGroupsAsync(new ListGroupsRequest { Person = "杜平华", AsOf = Dates.Wire("2022-02-01") });

        var group = Assert.Single(listed.Groups);
        Assert.Equal(("阳泉市严厉打击非法违法开采矿产资源专项行动领导小组", "阳政办发〔2022〕2号"), (group.Group, group.SourceDocument));
        Assert.Equal(["副组长", "办公室主任"], group.Roles);
    }

    [Fact]
    public async Task Groups_naming_the_energy_bureau_are_the_blackout_and_heavy_pollution_commands()
    {
        // The blackout command seats the bureau as a member unit and its head ex officio; the heavy-pollution command
        // seats its head (市能源局局长) among its 31 ex-officio members.
        var listed = await Groups.ListGroupsAsync(new ListGroupsRequest { Organization = "市能源局" });
        Assert.Equal(["阳泉市大面积停电事件应急指挥部", "阳泉市重污染天气应急指挥部"], listed.Groups.Select(g => g.Group).Order(StringComparer.Ordinal));
    }

    private static string Kind(GroupKind kind) => kind == GroupKind.LeadingGroup ? "LEADING_GROUP" : "COMMAND_HQ";
}
