using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>The [groups] acceptance questions, asked with the roster CLI of a real server that imported the seed gazette.</summary>
public sealed class GroupAcceptanceTests(SeededServer server) : IClassFixture<SeededServer>
{
    public static TheoryData<OfficeholderFact> ExOfficioAnswers() => [.. SeedFacts.Current.ExOfficioAnswers];

    [Fact]
    public async Task The_cable_protection_group_on_2022_02_15_lists_26_seats()
    {
        var (exit, output, _) = await server.RosterAsync("group", "show", "阳泉市保护国家通信光缆安全领导小组", "--on", "2022-02-15");

        Assert.Equal(0, exit);
        Assert.Contains("roster of 阳政办函〔2022〕26号, effective 2022-02-15, 26 seats", output);
        Assert.Contains("office at: 阳泉长途电信线务局", output);
        var fact = SeedFacts.Current.Groups.Single(g => g.Name == "阳泉市保护国家通信光缆安全领导小组");
        foreach (var seat in fact.Seats.Where(s => s.TitleText is not null))
        {
            Assert.Single(output.Split('\n'), l => l.Contains(seat.Person!) && l.Contains(seat.TitleText!));
        }
        // header, office, column headers and 26 seats
        Assert.Equal(29, output.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public async Task The_cable_protection_group_on_2022_02_14_has_no_known_roster()
    {
        var (exit, output, _) = await server.RosterAsync("group", "show", "阳泉市保护国家通信光缆安全领导小组", "--on", "2022-02-14");
        Assert.Equal(0, exit);
        Assert.Equal("阳泉市保护国家通信光缆安全领导小组 on 2022-02-14: no roster is known for that date", output.Trim());
    }

    [Theory]
    [MemberData(nameof(ExOfficioAnswers))]
    public async Task Ex_officio_answers_hold_through_the_cli(OfficeholderFact fact)
    {
        if (fact.Group is not null)
        {
            var (exit, output, _) = await server.RosterAsync("group", "show", fact.Group, "--on", fact.On);
            Assert.Equal(0, exit);
            if (fact.Coverage == "UNKNOWN" && output.Contains("no roster is known", StringComparison.Ordinal)) return;
            var row = Assert.Single(output.Split('\n'), l => l.StartsWith(fact.Role!, StringComparison.Ordinal));
            if (fact.Coverage == "HELD")
            {
                foreach (var holder in fact.Holders) Assert.Contains($"{holder.Person} (unknown (known since {holder.KnownSince}))", row);
            }
            else
            {
                Assert.Contains(fact.Coverage, row);
            }
        }
        else
        {
            var (exit, output, _) = await server.RosterAsync("who", fact.Organization!, "--rank", fact.Rank!.ToLowerInvariant(), "--on", fact.On);
            Assert.Equal(0, exit);
            Assert.Contains(fact.Coverage, output);
            foreach (var holder in fact.Holders)
            {
                var row = Assert.Single(output.Split('\n'), l => l.Contains(holder.Person));
                Assert.Contains($"unknown (known since {holder.KnownSince})", row);
                Assert.Contains(holder.Ends!, row);
            }
        }
    }

    [Fact]
    public async Task Group_list_by_person_and_person_groups_name_the_mining_group_with_roles()
    {
        var (exit, output, _) = await server.RosterAsync("group", "list", "--person", "杜平华");
        var (exit2, output2, _) = await server.RosterAsync("person", "杜平华", "--groups");

        Assert.Equal((0, 0), (exit, exit2));
        Assert.Equal(output, output2);
        var row = Assert.Single(output.Split('\n'), l => l.Contains("阳泉市严厉打击非法违法开采矿产资源专项行动领导小组"));
        Assert.Contains("副组长、办公室主任", row);
        Assert.Contains("阳政办发〔2022〕2号", row);
    }

    [Fact]
    public async Task Group_list_names_every_group_of_the_facts()
    {
        var (exit, output, _) = await server.RosterAsync("group", "list");
        Assert.Equal(0, exit);
        foreach (var group in SeedFacts.Current.Groups) Assert.Contains(group.Name, output);
        Assert.Equal(SeedFacts.Current.Groups.Count + 1, output.TrimEnd('\n').Split('\n').Length); // a header line, then one row a group
    }
}

/// <summary>An order submitted with the CLI changes who holds an ex-officio seat from its date.</summary>
public sealed class GroupResolutionCliTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task After_appointing_an_energy_bureau_head_from_2022_03_01_the_blackout_office_director_is_that_person_then_and_unknown_before()
    {
        var file = Path.Combine(Path.GetTempPath(), $"roster-energy-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            document_number: 阳政任字〔2022〕30号
            issuer: 阳泉市人民政府
            decision_body: 阳泉市人民政府常务会议
            decided_on: 2022-03-01
            items:
              - {action: APPOINT, person: 王五, organization: 市能源局, title: 局长}
            """);
        try
        {
            var (submitted, _, error) = await server.RosterAsync("order", "submit", file);
            Assert.True(submitted == 0, error);
        }
        finally
        {
            File.Delete(file);
        }

        var (_, on0301, _) = await server.RosterAsync("group", "show", "阳泉市大面积停电事件应急指挥部", "--on", "2022-03-01");
        var (_, on0201, _) = await server.RosterAsync("group", "show", "阳泉市大面积停电事件应急指挥部", "--on", "2022-02-01");

        Assert.Contains("王五 (2022-03-01) [HEAD of 阳泉市能源局]", Assert.Single(on0301.Split('\n'), l => l.StartsWith("办公室主任", StringComparison.Ordinal)));
        Assert.Contains("UNKNOWN [HEAD of 阳泉市能源局]", Assert.Single(on0201.Split('\n'), l => l.StartsWith("办公室主任", StringComparison.Ordinal)));
    }
}
