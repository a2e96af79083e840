using Roster.Domain.Names;
using Roster.Gazette.Groups;
using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary><see cref="GroupRosterReader"/> over the seed gazette and over small real-looking rosters.</summary>
public sealed class GroupRosterReaderTests
{
    private static readonly GroupRosterReader Reader = new(SeedFacts.Tables);
    private static readonly Lazy<IReadOnlyList<RosterReading>> Seed = new(() => Reader.Read(SeedGazette.Text, SeedGazette.Name));

    [Fact]
    public void The_seed_gazette_yields_exactly_the_four_importable_rosters_of_the_facts()
    {
        var importable = Seed.Value.Where(r => r.IsImportable).Select(r => (Resolve(r.Draft!.Group!), r.Draft!.SourceDocument ?? "", r.Draft!.EffectiveOn.ToString() ?? "")).ToList();
        Assert.Equal(SeedFacts.Current.Groups.Select(g => (g.Name, g.Source, g.EffectiveOn)).Order().ToList(), importable.Order().ToList());
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
    public void Rosters_whose_lists_continue_across_lines_are_diagnosed_and_not_importable()
    {
        var blocked = Seed.Value.Where(r => !r.IsImportable).SelectMany(r => r.Diagnostics).Select(d => (d.Line, d.Message)).ToList();
        Assert.Contains((592, GroupRosterMessages.ContinuationNotRead), blocked);   // 阳泉市重污染天气应急指挥部, 成 员 on separate lines
        Assert.Contains((1651, GroupRosterMessages.ContinuationNotRead), blocked);  // 市水上搜救应急指挥部, "市交通运 / 输局局长"
        Assert.Contains((1669, GroupRosterMessages.Contingent), blocked);           // 视情成立…现场指挥部
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

    private static string Resolve(string group) => SeedFacts.Tables.Names.Resolve(TextForm.Compact(group), "阳泉市人民政府办公室");
}
