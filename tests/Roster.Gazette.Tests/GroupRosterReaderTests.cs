using Roster.Domain.Names;
using Roster.Gazette.Groups;
using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary><see cref="GroupRosterReader"/> over the seed gazette and over small real-looking rosters.</summary>
public sealed class GroupRosterReaderTests
{
    private static readonly GroupRosterReader Reader = new(SeedFacts.Tables);
    private static readonly Lazy<IReadOnlyList<RosterReading>> Seed = new(() => Reader.Read(SeedGazette.Text, SeedGazette.Name));

    public static TheoryData<string> SeedGroups() => [.. SeedFacts.Current.Groups.Select(g => g.Name)];

    [Fact]
    public void The_seed_gazette_yields_exactly_the_importable_rosters_of_the_facts()
    {
        var importable = Seed.Value.Where(r => r.IsImportable).Select(r => (Resolve(r.Draft!.Group!), r.Draft!.SourceDocument ?? "", r.Draft!.EffectiveOn.ToString() ?? "")).ToList();
        Assert.Equal(SeedFacts.Current.Groups.Select(g => (g.Name, g.Source, g.EffectiveOn)).Order().ToList(), importable.Order().ToList());
        Assert.Equal(6, importable.Count);
    }

    [Theory]
    [MemberData(nameof(SeedGroups))]
    public void Seed_roster_reads_seat_by_seat_as_its_hand_read_facts(string name)
    {
        var fact = SeedFacts.Current.Groups.Single(g => g.Name == name);
        var reading = Seed.Value.Single(r => r.IsImportable && Resolve(r.Draft!.Group!) == name);
        var draft = reading.Draft!;
        var issuer = draft.Issuer;

        // Seats in printed order, role by role; ex-officio text and titles with the jurisdiction's known extraction errors
        // fixed as the validator stores them (孟县 → 盂县).
        foreach (var role in fact.Seats.Select(s => s.Role).Concat(draft.Seats.Select(s => s.Role!)).Distinct())
        {
            var expected = fact.Seats.Where(s => s.Role == role)
                .Select(s => $"{s.Person}|{TextForm.Compact(s.TitleText)}|{TextForm.Compact(s.ExOfficio)}|{s.Concurrent}").ToList();
            var actual = draft.Seats.Where(s => s.Role == role && s.MemberUnit is null)
                .Select(s => $"{s.Person}|{Fix(s.TitleText, issuer)}|{Fix(s.ExOfficio, issuer)}|{s.Concurrent}").ToList();
            Assert.Equal(expected.Order(), actual.Order());
        }
        Assert.Equal(fact.MemberUnits.Select(TextForm.Compact), draft.Seats.Where(s => s.MemberUnit is not null).Select(s => s.MemberUnit!));
        if (fact.OfficeAt is not null) Assert.Equal(TextForm.Compact(fact.OfficeAt), draft.OfficeAt);
        // The facts' spans start at the notice, the heading or the first role line, by roster; the reader's starts at the
        // announcement and ends at the last seat line: the two overlap.
        Assert.True(draft.Source.LineStart <= fact.Lines[1] && draft.Source.LineEnd >= fact.Lines[0], $"{draft.Source.LineStart}-{draft.Source.LineEnd} vs {fact.Lines[0]}-{fact.Lines[1]}");
    }

    [Theory]
    [MemberData(nameof(SeedGroups))]
    public void Seed_roster_validates_as_its_group_kind(string name)
    {
        var fact = SeedFacts.Current.Groups.Single(g => g.Name == name);
        var draft = Seed.Value.Single(r => r.IsImportable && Resolve(r.Draft!.Group!) == name).Draft!;

        var roster = new Roster.Domain.Groups.RosterValidator(SeedFacts.Tables).Validate(draft);

        Assert.Equal((fact.Name, fact.Kind, fact.Source, fact.EffectiveOn),
            (roster.Group, roster.Kind == Roster.Domain.Groups.GroupKind.LeadingGroup ? "LEADING_GROUP" : "COMMAND_HQ", roster.SourceDocument.ToString(), roster.EffectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(fact.Seats.Count + fact.MemberUnits.Count, roster.Seats.Count);
    }

    [Fact]
    public void The_heavy_pollution_command_reads_31_ex_officio_members_one_post_a_line_and_its_office_from_a_later_section()
    {
        var draft = Seed.Value.Single(r => r.Draft?.SourceDocument == "阳政办发〔2021〕123号").Draft!;

        Assert.Equal(31, draft.Seats.Count(s => s.Role == "成员" && s.ExOfficio is not null));
        Assert.Equal("孟县人民政府县长", draft.Seats.Single(s => s.ExOfficio?.EndsWith("县人民政府县长", StringComparison.Ordinal) == true && s.ExOfficio[0] != '平').ExOfficio);
        Assert.Equal(("办公室副主任", "市气象局主要负责人"), (draft.Seats[^1].Role, draft.Seats[^1].ExOfficio));
    }

    [Fact]
    public void The_water_search_command_joins_the_deputy_post_broken_across_lines()
    {
        var draft = Seed.Value.Single(r => r.Draft?.SourceDocument == "阳政办发〔2022〕4号").Draft!;

        Assert.Equal(["市政府协管副秘书长", "市交通运输局局长", "市公安局副局长", "市应急管理局局长"], draft.Seats.Where(s => s.Role == "副指挥长").Select(s => s.ExOfficio));
        Assert.Equal(20, draft.Seats.Count(s => s.MemberUnit is not null));
    }

    [Fact]
    public void The_case_by_case_field_commands_are_reported_not_read_as_rosters()
    {
        var contingent = Seed.Value.Where(r => r.Diagnostics.Any(d => d.Message == GroupRosterMessages.Contingent)).ToList();

        // 1669 and 1936: the two 现场指挥部; 1737: 善后工作组, one of the eight working groups the 1669 one is set up with.
        Assert.Equal([1669, 1737, 1936], contingent.Select(r => r.Diagnostics.Single().Line));
        Assert.All(contingent, r => Assert.Null(r.Draft));
        Assert.All(contingent, r => Assert.Equal(DiagnosticCode.RosterContingent, r.Diagnostics.Single().Code));
        Assert.DoesNotContain(Seed.Value, r => r.Draft?.Group?.Contains("现场指挥部", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_flattened_two_column_table_yields_25_members_with_the_split_title_rejoined_and_the_office_director()
    {
        var reading = Seed.Value.Single(r => r.Draft?.SourceDocument == "阳政办函〔2022〕26号");
        var seats = reading.Draft!.Seats;

        Assert.Equal(26, seats.Count);
        Assert.Equal("山西晋东华润燃气公司副总经理", seats.Single(s => s.Person == "郭红林").TitleText);
        Assert.Equal("市工信局二级调研员", seats.Single(s => s.Person == "常悟江").TitleText);
        Assert.Equal(("办公室主任", true), (seats[^1].Role!, seats[^1].Concurrent));
        Assert.Equal("阳泉长途电信线务局", reading.Draft.OfficeAt);
        Assert.Contains(reading.Diagnostics, d => d.Message == GroupRosterMessages.Leftover && d.Text.StartsWith("领导小组职责", StringComparison.Ordinal));
    }

    [Fact]
    public void Members_given_as_unit_deputies_are_a_diagnostic_not_seats()
    {
        var reading = Seed.Value.Single(r => r.Draft?.SourceDocument == "阳政办发〔2022〕1号");
        Assert.DoesNotContain(reading.Draft!.Seats, s => s.Role == "成员");
        Assert.Contains(reading.Diagnostics, d => d.Line == 1142 && d.Message == GroupRosterMessages.MembersAsUnitDeputies);
    }

    [Fact]
    public void A_standalone_adjusting_notice_with_named_members_and_an_office_paragraph_is_read()
    {
        const string text = """
            阳泉市人民政府办公室
            关于调整阳泉市测试工作领导小组成员的通知
            阳政办函〔2022〕40号
            根据工作需要，决定对阳泉市测试工作领导小组成员进行调整。现将调整后的名单通知如下：
            组 长：王 五	副市长
            成 员：赵 六	市公安局副局长
            钱七 市能源局局长
            领导小组下设办公室，办公室设在市能源局，办公室主任钱七（兼）。
            阳泉市人民政府办公室
            2022年3月1日
            """;

        var reading = Assert.Single(Reader.Read(text, "t.txt"));

        Assert.True(reading.IsImportable);
        var draft = reading.Draft!;
        Assert.Equal(("阳泉市测试工作领导小组", "阳政办函〔2022〕40号", "2022-03-01", "市能源局"), (draft.Group, draft.SourceDocument, draft.EffectiveOn.ToString(), draft.OfficeAt));
        Assert.Equal(["组长 王五 副市长", "成员 赵六 市公安局副局长", "成员 钱七 市能源局局长", "办公室主任 钱七  True"],
            draft.Seats.Select(s => $"{s.Role} {s.Person} {s.TitleText} {(s.Concurrent ? "True" : "")}".TrimEnd()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("组长：")]
    [InlineData("成立领导小组（以下简称")]
    [InlineData("\t\t\t")]
    public void Reading_never_throws(string text) => _ = Reader.Read(text, "t.txt");

    private static string Fix(string? text, string? issuer) => SeedFacts.Tables.Names.FixText(text, issuer);

    private static string Resolve(string group) => SeedFacts.Tables.Names.Resolve(TextForm.Compact(group), "阳泉市人民政府办公室");
}
