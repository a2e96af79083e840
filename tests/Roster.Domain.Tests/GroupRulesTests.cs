using Roster.Domain.Errors;
using Roster.Domain.Groups;
using Roster.Domain.Posts;
using Roster.Domain.Time;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>Title evidence, ex-officio texts and roster validation over the seed tables (seed/group-roles.yaml and friends).</summary>
public sealed class GroupRulesTests
{
    private const string Issuer = "阳泉市人民政府办公室";

    [Theory]
    [InlineData("市规划和自然资源局局长", "阳泉市规划和自然资源局局长")]
    [InlineData("副市长、市公安局局长", "阳泉市公安局局长")]                 // the bare 副市长 names no organisation
    [InlineData("市发改委副主任", "阳泉市发展和改革委员会副主任")]            // abbreviation from seed/aliases.yaml
    [InlineData("市公安局经文保支队 支队长", "阳泉市公安局经济文化保卫支队支队长")]
    [InlineData("市工信局二级调研员", "")]                                   // a rank, not a post
    [InlineData("市交通局党组成员", "")]                                     // a party-group membership, not a post
    [InlineData("市纪委常务副书记、监委副主任", "")]                          // 监委 is elliptical
    [InlineData("市委常委、常务副市长", "")]
    public void Title_text_attests_the_posts_it_names(string titleText, string expected)
    {
        var posts = TitleEvidence.Posts(titleText, Issuer, SeedFacts.Tables);
        Assert.Equal(expected, string.Join("|", posts.Select(p => p.ToString())));
    }

    [Fact]
    public void Multiple_titles_attest_each_post_with_its_rank()
    {
        var posts = TitleEvidence.Posts("市公安局局长、市规划和自然资源局副局长", Issuer, SeedFacts.Tables);
        Assert.Equal([("阳泉市公安局", PostRank.Head), ("阳泉市规划和自然资源局", PostRank.Deputy)], posts.Select(p => (p.Organization, p.Rank)));
    }

    [Theory]
    [InlineData("市能源局主要负责人", "HEAD of 阳泉市能源局")]
    [InlineData("由市能源局主要负责人兼任", "HEAD of 阳泉市能源局")]
    [InlineData("市规划和自然资源局局长兼任", "HEAD of 阳泉市规划和自然资源局")]
    [InlineData("市发改委主任", "HEAD of 阳泉市发展和改革委员会")]
    [InlineData("市公安局副局长", "阳泉市公安局副局长")]
    [InlineData("市政府分管能源工作的副市长", "portfolio 能源")]
    [InlineData("分管规划和自然资源局工作的副市长", "portfolio 规划和自然资源局")]
    [InlineData("市政府协管副秘书长", "unresolvable")]
    public void Ex_officio_text_resolves_to_a_head_a_post_a_portfolio_or_nothing(string text, string basis) =>
        Assert.Equal(basis, ExOfficioPost.Parse(text, Issuer, SeedFacts.Tables).Basis);

    [Fact]
    public void A_portfolio_covers_an_area_named_with_or_without_its_bureau()
    {
        var portfolio = new Portfolio("李四", ["规划和自然资源", "能源"], new DateOnly(2022, 1, 1), null, null);
        Assert.True(portfolio.Covers("规划和自然资源局"));
        Assert.True(portfolio.Covers("能源"));
        Assert.False(portfolio.Covers("交通运输"));
    }

    [Fact]
    public void Validation_reports_every_bad_seat_by_its_path_and_fixes_extraction_errors_in_title_text()
    {
        var validator = new RosterValidator(SeedFacts.Tables);
        var good = new RosterDraft
        {
            Group = "市保护国家通信光缆安全领导小组", SourceDocument = "阳政办函 2022〕26 号", Issuer = Issuer, EffectiveOn = new CalendarDate(2022, 2, 15),
            Seats = [new SeatDraft { Role = "成 员", Person = "郭永进", TitleText = "孟县政府副县长" }],
        };

        var roster = validator.Validate(good);
        Assert.Equal(("阳泉市保护国家通信光缆安全领导小组", GroupKind.LeadingGroup, "阳政办函〔2022〕26号", "盂县政府副县长"),
            (roster.Group, roster.Kind, roster.SourceDocument.ToString(), roster.Seats[0].TitleText));

        var bad = good with { Seats = [new SeatDraft { Role = "组员", Person = "王五" }, new SeatDraft { Role = "成员" }, new SeatDraft { Role = "成员", Person = "甲", MemberUnit = "市公安局" }] };
        var error = Assert.Throws<InvalidInputException>(() => validator.Validate(bad));
        Assert.Equal(["roster.seats[0].role", "roster.seats[1]", "roster.seats[2]"], error.Violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData("市防范和处置非法集资工作联席会议", "召集人")]
    [InlineData("市创建全国文明城市督导工作专班", "组长")]
    [InlineData("市安全生产巡查工作组", "组长")]
    public void A_joint_meeting_or_working_body_is_a_group_of_its_own_kind(string group, string role)
    {
        var roster = new RosterValidator(SeedFacts.Tables).Validate(new RosterDraft
        {
            Group = group, SourceDocument = "阳政办函〔2022〕30号", Issuer = Issuer, EffectiveOn = new CalendarDate(2022, 3, 1),
            Seats = [new SeatDraft { Role = role, ExOfficio = "市政府分管副市长" }, new SeatDraft { Role = "成员", MemberUnit = "市公安局" }],
        });

        Assert.Equal(("阳泉" + group, GroupKind.WorkingBody), (roster.Group, roster.Kind));
    }

    [Theory]
    [InlineData("市安全生产委员会")]
    [InlineData("市食品安全委员会")]
    [InlineData("市妇女儿童工作委员会")]
    public void A_committee_set_up_as_a_coordinating_group_is_a_group_of_its_own_kind(string group)
    {
        var roster = new RosterValidator(SeedFacts.Tables).Validate(new RosterDraft
        {
            Group = group, SourceDocument = "阳政办函〔2022〕31号", Issuer = Issuer, EffectiveOn = new CalendarDate(2022, 3, 1),
            Seats = [new SeatDraft { Role = "主任", Person = "王五", TitleText = "市长" }, new SeatDraft { Role = "成员", MemberUnit = "市公安局" }],
        });

        Assert.Equal(("阳泉" + group, GroupKind.Committee), (roster.Group, roster.Kind));
    }

    [Fact]
    public void A_roster_of_a_standing_commission_is_refused_at_the_group()
    {
        var draft = new RosterDraft
        {
            Group = "市民族宗教事务委员会", SourceDocument = "阳政办函〔2022〕31号", Issuer = Issuer, EffectiveOn = new CalendarDate(2022, 3, 1),
            Seats = [new SeatDraft { Role = "主任委员", Person = "王五", TitleText = "市长" }],
        };

        var error = Assert.Throws<InvalidInputException>(() => new RosterValidator(SeedFacts.Tables).Validate(draft));
        Assert.Equal(["roster.group"], error.Violations.Select(v => v.Field));
    }
}
