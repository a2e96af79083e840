using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary>What the parser cannot read becomes a positioned diagnostic, never a guessed item.</summary>
public class DiagnosticTests
{
    private static readonly GazetteParser Parser = new(SeedFacts.Tables);

    [Theory]
    // garbled removal: no 的…职务, the post runs into the name
    [InlineData("免去：\n郭建勇阳泉市公安局", "郭建勇阳泉市公安局", GazetteMessages.NotAnItem)]
    // garbled appointment: 为 lost in extraction
    [InlineData("任命：\n\n赵海金阳泉市公安局副局长；", "赵海金阳泉市公安局副局长", GazetteMessages.NotAnItem)]
    // the post has no title the organisation-kind table knows
    [InlineData("任命：\n\n赵海金为阳泉市公安局；", "赵海金为阳泉市公安局", GazetteMessages.UnknownPost)]
    // an appointment form under 免去
    [InlineData("免去：\n\n赵海金为阳泉市公安局副局长；", "赵海金为阳泉市公安局副局长", GazetteMessages.ItemAgainstHeading)]
    // a removal form under 任命
    [InlineData("任命：\n\n赵海金的阳泉市公安局副局长职务；", "赵海金的阳泉市公安局副局长职务", GazetteMessages.ItemAgainstHeading)]
    // digits where the name should be
    [InlineData("任命：\n\n1234为阳泉市公安局副局长；", "1234为阳泉市公安局副局长", GazetteMessages.BadPerson)]
    // 为 in both name and organisation, neither reading inside the issuer's jurisdiction
    [InlineData("任命：\n\n张为民为为民服务中心主任；", "张为民为为民服务中心主任", GazetteMessages.AmbiguousItem)]
    // a page of body text that never ends a sentence
    [InlineData("任命：\n\n赵海金为阳泉市公安局副局长；\n\n这一段文字很长没有句号", "这一段文字很长没有句号", GazetteMessages.NotAnItem)]
    public void An_unreadable_item_line_is_a_diagnostic_not_an_item(string body, string printed, string message)
    {
        var text = NoticeText.With(body);

        var notice = Assert.Single(Parser.Read(text, "garbled.txt").Notices);

        Assert.False(notice.IsClean);
        var diagnostic = Assert.Single(notice.Diagnostics, d => d.Message == message);
        Assert.Equal(NoticeText.LineOf(text, printed), diagnostic.Line);
        Assert.DoesNotContain(notice.Draft.Items, i => printed.Contains(i.Person!, StringComparison.Ordinal));
    }

    [Fact]
    public void A_garbled_removal_leaves_the_notice_without_that_item()
    {
        var text = NoticeText.With(NoticeText.ExecutiveDecision + "赵海金为阳泉市公安局副局长；\n\n免去：\n\n郭建勇阳泉市公安局治安管理支队\n\n支队长；");

        var notice = Assert.Single(Parser.Read(text, "garbled.txt").Notices);

        Assert.Equal(["赵海金"], notice.Draft.Items.Select(i => i.Person));
        Assert.Contains(notice.Diagnostics, d => d.Message == GazetteMessages.NotAnItem && d.Line == NoticeText.LineOf(text, "郭建勇"));
    }

    [Theory]
    // a remark the parser does not know
    [InlineData(NoticeText.ExecutiveDecision + "岳 江为阳泉市公安局国内安全保卫支队支队长（按有关规定办理）；", "关于岳江任职的通知", "按有关规定办理")]
    // a probation on a removal means nothing the parser can record
    [InlineData("免去：\n\n岳 江的阳泉市公安局国内安全保卫支队支队长职务（试用期一年）；", "关于岳江免职的通知", "试用期一年")]
    public void An_unknown_remark_keeps_the_item_with_the_remark_as_note_and_is_flagged(string body, string title, string note)
    {
        var text = NoticeText.With(body, title);

        var notice = Assert.Single(Parser.Read(text, "remarks.txt").Notices);

        var item = Assert.Single(notice.Draft.Items);
        Assert.Equal(note, item.Note);
        Assert.Null(item.Probation);
        Assert.Equal(GazetteMessages.UnknownRemark, Assert.Single(notice.Diagnostics).Message);
    }

    [Fact]
    public void A_decision_naming_a_meeting_the_parser_cannot_read_is_flagged_and_the_items_after_it_are_still_read()
    {
        var text = NoticeText.With("经市政府第十二次常务会议于去年冬天决定，任命：\n\n赵海金为阳泉市公安局副局长；", "关于赵海金任职的通知");

        var notice = Assert.Single(Parser.Read(text, "decision.txt").Notices);

        Assert.Equal(GazetteMessages.DecisionNotRead, Assert.Single(notice.Diagnostics).Message);
        Assert.Equal("赵海金", Assert.Single(notice.Draft.Items).Person);
        Assert.Null(notice.Draft.DecisionBody);
    }

    [Fact]
    public void A_decision_after_study_without_a_meeting_is_the_issuers_own_and_not_flagged()
    {
        var text = NoticeText.With("经研究决定，任命：\n\n赵海金为阳泉市公安局副局长；", "关于赵海金任职的通知");

        var notice = Assert.Single(Parser.Read(text, "decision.txt").Notices);

        Assert.Empty(notice.Diagnostics);
        Assert.Equal("赵海金", Assert.Single(notice.Draft.Items).Person);
        Assert.Null(notice.Draft.DecisionBody);
        Assert.Null(notice.Draft.DecidedOn);
    }

    [Fact]
    public void A_title_that_counts_more_persons_than_the_items_read_is_flagged()
    {
        var text = NoticeText.With(NoticeText.ExecutiveDecision + "赵海金为阳泉市公安局副局长；", "关于赵海金等四人任免职务的通知");

        var notice = Assert.Single(Parser.Read(text, "title.txt").Notices);

        var diagnostic = Assert.Single(notice.Diagnostics);
        Assert.Equal(GazetteMessages.TitleDisagreesWithItems, diagnostic.Message);
        Assert.Equal(NoticeText.LineOf(text, "关于赵海金"), diagnostic.Line);
    }

    [Fact]
    public void A_notice_without_a_date_line_is_flagged_and_runs_to_its_last_line()
    {
        var text = NoticeText.With(NoticeText.ExecutiveDecision + "赵海金为阳泉市公安局副局长。", "关于赵海金任职的通知")
            .Replace("2022年1月13日", "").Replace("（此件公开发布）", "");

        var notice = Assert.Single(Parser.Read(text, "undated.txt").Notices);

        Assert.Contains(notice.Diagnostics, d => d.Message == GazetteMessages.NoIssueDate);
        Assert.Null(notice.Draft.IssuedOn);
        var lastPrinted = Array.FindLastIndex(text.Split('\n'), l => l.Trim().Length > 0) + 1;
        Assert.Equal(lastPrinted, notice.Draft.Source.LineEnd);
    }

    [Fact]
    public void A_notice_with_no_items_is_flagged()
    {
        var text = NoticeText.With("特此通知。", "关于赵海金任职的通知");

        var notice = Assert.Single(Parser.Read(text, "empty.txt").Notices);

        Assert.Equal(GazetteMessages.NoItems, Assert.Single(notice.Diagnostics).Message);
        Assert.Empty(notice.Draft.Items);
    }
}

/// <summary>Every diagnostic message has a stable code, and each code names one message.</summary>
public class DiagnosticCodeTests
{
    [Fact]
    public void Every_message_constant_of_both_readers_has_its_own_code()
    {
        var messages = new[] { typeof(GazetteMessages), typeof(Roster.Gazette.Groups.GroupRosterMessages) }
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        var codes = messages.Select(DiagnosticCodes.Of).ToList();

        Assert.DoesNotContain(DiagnosticCode.Unspecified, codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void A_file_with_no_personnel_wording_says_so_and_one_with_wording_names_its_lines()
    {
        var parser = new GazetteParser(Roster.Testing.SeedFacts.Tables);

        var none = Assert.Single(parser.Read("阳泉市人民政府公报\n目录\n", "empty.txt").Diagnostics);
        var wording = Assert.Single(parser.Read("会议纪要\n\n会议研究了干部任免事项。\n有关人员的职务另行通知。\n", "minutes.txt").Diagnostics);

        Assert.Equal(DiagnosticCode.NoPersonnelDocument, none.Code);
        Assert.Equal(DiagnosticCode.PersonnelWordingNotRead, wording.Code);
        Assert.Equal((3, 4), (wording.Line, wording.EndLine));
        Assert.Equal(1, wording.Column);
        Assert.Equal("有关人员的职务另行通知。".Length + 1, wording.EndColumn);
    }
}
