using Roster.Domain.Orders;
using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary>The printed forms of notice items and decisions, one row per form, checked against the items read.</summary>
public class NoticeFormTests
{
    private static readonly GazetteParser Parser = new(SeedFacts.Tables);

    [Theory]
    // padded two-character name "岳 江", probation one year
    [InlineData(NoticeText.ExecutiveDecision + "岳 江为阳泉市公安局国内安全保卫支队支队长（试用期一年）；",
        "Appoint", "岳江", "阳泉市公安局国内安全保卫支队", "支队长", "P1Y", false)]
    // word broken across lines with a blank line between ("支\n\n队长职务")
    [InlineData("免去：\n\n郭建勇的阳泉市公安局治安管理支队支\n\n队长职务；",
        "Remove", "郭建勇", "阳泉市公安局治安管理支队", "支队长", null, false)]
    // word broken across lines with no blank line, and a tab at the break
    [InlineData("免去：\n郭建勇的阳泉市公安局治安管理\t\n支队支队长职务。",
        "Remove", "郭建勇", "阳泉市公安局治安管理支队", "支队长", null, false)]
    // 孟县 is a PDF-extraction error for 盂县 (alias table)
    [InlineData(NoticeText.ExecutiveDecision + "段拥军为孟县经济技术开发区管委会主任（试用期一年）。",
        "Appoint", "段拥军", "盂县经济技术开发区管委会", "主任", "P1Y", false)]
    // bare form after the congress decision: no 任命 heading
    [InlineData(NoticeText.CongressDecision + "米炳生为阳泉市公安局局长；",
        "Appoint", "米炳生", "阳泉市公安局", "局长", null, false)]
    // removal keeping rank and treatment
    [InlineData("免去：\n\n石建军的阳泉市公安局国内安全保卫支队支队长职务（保留原职级待遇）。",
        "Remove", "石建军", "阳泉市公安局国内安全保卫支队", "支队长", null, true)]
    // heading and item on one line
    [InlineData("免去：靳润喜的阳泉市公安局局长职务。", "Remove", "靳润喜", "阳泉市公安局", "局长", null, false)]
    // removal without 的 between the name and the post, full and "市…" names, two- and three-character names
    [InlineData("免去张三阳泉市财政局局长职务。", "Remove", "张三", "阳泉市财政局", "局长", null, false)]
    [InlineData("免去周涛市审计局副局长职务。", "Remove", "周涛", "阳泉市审计局", "副局长", null, false)]
    [InlineData("免去：\n\n靳润喜阳泉市公安局局长职务；", "Remove", "靳润喜", "阳泉市公安局", "局长", null, false)]
    [InlineData("免去欧阳明月市公安局治安管理支队支队长职务（保留原职级待遇）。", "Remove", "欧阳明月", "阳泉市公安局治安管理支队", "支队长", null, true)]
    // 任命 without a colon, inline
    [InlineData("任命赵海金为阳泉市公安局副局长。", "Appoint", "赵海金", "阳泉市公安局", "副局长", null, false)]
    // "市…" resolved in the issuer's jurisdiction; abbreviation 经文保支队 expanded
    [InlineData(NoticeText.ExecutiveDecision + "袁国亮为市公安局经文保支队支队长；",
        "Appoint", "袁国亮", "阳泉市公安局经济文化保卫支队", "支队长", null, false)]
    // 为 inside the name: the first split that reads wins
    [InlineData(NoticeText.ExecutiveDecision + "李为民为阳泉市体育局副局长；", "Appoint", "李为民", "阳泉市体育局", "副局长", null, false)]
    // 为 inside the organisation: the reading inside the issuer's jurisdiction wins
    [InlineData(NoticeText.ExecutiveDecision + "张亚辉为阳泉市为民服务中心主任；", "Appoint", "张亚辉", "阳泉市为民服务中心", "主任", null, false)]
    // probation of six months, full-width digits and spaces elsewhere
    [InlineData("经阳泉市人民政府２０２２年１月１２日常务会议决定，任命：\n张亚辉为阳泉市体育局副局长（试用期六个月）；",
        "Appoint", "张亚辉", "阳泉市体育局", "副局长", "P6M", false)]
    // probation of half a year
    [InlineData(NoticeText.ExecutiveDecision + "张亚辉为阳泉市体育局副局长（试用期半年）；", "Appoint", "张亚辉", "阳泉市体育局", "副局长", "P6M", false)]
    // probation of two years, written 两年
    [InlineData(NoticeText.ExecutiveDecision + "张亚辉为阳泉市体育局副局长（试用期两年）；", "Appoint", "张亚辉", "阳泉市体育局", "副局长", "P2Y", false)]
    // engagement (聘任) of a contract post
    [InlineData("聘任：\n\n王立新为阳泉市大数据中心主任；", "Engage", "王立新", "阳泉市大数据中心", "主任", null, false)]
    public void A_single_item_form_reads_as_one_clean_item(string body, string action, string person, string organization,
        string title, string? probation, bool retainsRank)
    {
        var parsedAction = Enum.Parse<OrderAction>(action);
        var text = NoticeText.With(body, OrderTitle.For("", [(person, parsedAction)]));

        var notice = Assert.Single(Parser.Read(text, "forms.txt").Notices);

        Assert.Empty(notice.Diagnostics);
        var item = Assert.Single(notice.Draft.Items);
        Assert.Equal((parsedAction, person, organization, title, probation, retainsRank),
            (item.Action, item.Person, item.Organization, item.Title, item.Probation, item.RetainsRank));
    }

    [Fact]
    public void Several_items_on_one_line_separated_by_semicolons_read_in_printed_order()
    {
        var text = NoticeText.With(
            "经阳泉市人民政府2022年1月12日常务会议决定，任命：赵海金为阳泉市公安局副局长；岳 江为阳泉市公安局国内安全保卫支队支队长（试用期一年）；"
            + "免去：石建军的阳泉市公安局国内安全保卫支队支队长职务（保留原职级待遇）。",
            "关于赵海金等三人任免职务的通知");

        var notice = Assert.Single(Parser.Read(text, "forms.txt").Notices);

        Assert.Empty(notice.Diagnostics);
        Assert.Equal(
            [(OrderAction.Appoint, "赵海金", "副局长", null, false), (OrderAction.Appoint, "岳江", "支队长", "P1Y", false), (OrderAction.Remove, "石建军", "支队长", null, true)],
            notice.Draft.Items.Select(i => (i.Action, i.Person, i.Title, i.Probation, i.RetainsRank)));
    }

    [Fact]
    public void A_notice_deciding_after_study_with_a_removal_printed_without_的_reads_clean_in_any_city()
    {
        const string text = """
            太原市人民政府关于刘强等三人任免职务的通知

            并政任字〔2022〕31号

            各县（市、区）人民政府，市直各单位：

            经太原市人民政府2022年4月2日常务会议研究，决定：

            刘强任太原市卫生健康委员会主任，试用期一年；
            任命陈静为市统计局副局长；
            免去周涛市审计局副局长职务。

            太原市人民政府
            2022年4月3日
            """;

        var notice = Assert.Single(Parser.Read(text, "taiyuan.txt").Notices);

        Assert.Empty(notice.Diagnostics);
        Assert.Equal(("太原市人民政府常务会议", "2022-04-02"), (notice.Draft.DecisionBody, notice.Draft.DecidedOn?.ToString()));
        Assert.Equal(
            [(OrderAction.Appoint, "刘强", "太原市卫生健康委员会", "主任"), (OrderAction.Appoint, "陈静", "太原市统计局", "副局长"),
             (OrderAction.Remove, "周涛", "太原市审计局", "副局长")],
            notice.Draft.Items.Select(i => (i.Action, i.Person, i.Organization, i.Title)));
    }

    [Theory]
    // executive meeting, compact
    [InlineData("经阳泉市人民政府2022年1月12日常务会议决定，任命：", "阳泉市人民政府常务会议", "2022-01-12")]
    // executive meeting, date spaced as extracted
    [InlineData("经阳泉市人民政府 2022 年 1 月 29 日常务会议决定，任命：", "阳泉市人民政府常务会议", "2022-01-29")]
    // people's congress route: the approving session decides
    [InlineData("米炳生等二人任免职务的提请已经 2022 年 1 月 30 日阳泉市第十五届人民代表大会常务委员会第四十八次会议审议通过，现通知如下：\n\n任命：",
        "阳泉市第十五届人民代表大会常务委员会第四十八次会议", "2022-01-30")]
    // full-width digits
    [InlineData("经阳泉市人民政府２０２２年１月１２日常务会议研究决定，任命：", "阳泉市人民政府常务会议", "2022-01-12")]
    // study and decision parted by a comma, the items on the lines after
    [InlineData("经阳泉市人民政府2022年4月2日常务会议研究，决定：", "阳泉市人民政府常务会议", "2022-04-02")]
    [InlineData("经阳泉市人民政府2022年4月2日常务会议研究，决定，任命：", "阳泉市人民政府常务会议", "2022-04-02")]
    [InlineData("经市人民政府2022年4月2日常务会议讨论，决定：", "市人民政府常务会议", "2022-04-02")]
    public void The_decision_line_gives_the_deciding_body_and_date(string decision, string body, string decidedOn)
    {
        var text = NoticeText.With(decision + "\n\n赵海金为阳泉市公安局副局长。", "关于赵海金任职的通知");

        var notice = Assert.Single(Parser.Read(text, "forms.txt").Notices);

        Assert.Empty(notice.Diagnostics);
        Assert.Equal(body, notice.Draft.DecisionBody);
        Assert.Equal(decidedOn, notice.Draft.DecidedOn?.ToString());
        Assert.Equal("2022-01-13", notice.Draft.IssuedOn?.ToString());
    }

    [Theory]
    // issuer spaced on its own line above the title
    [InlineData("阳 泉 市 人 民 政 府\n\n关于段拥军任职的通知")]
    // issuer and title on one line
    [InlineData("阳泉市人民政府 关于段拥军任职的通知")]
    // title broken over two lines
    [InlineData("阳泉市人民政府\n\n关于段拥军\n\n任职的通知")]
    public void The_heading_gives_issuer_title_and_first_line(string heading)
    {
        var text = "（此件公开发布）\n\n" + heading + "\n\n阳政任字 [2022] 4 号\n\n" + NoticeText.ExecutiveDecision
            + "段拥军为孟县经济技术开发区管委会主任（试用期一年）。\n\n阳泉市人民政府\n2022 年 1 月 30 日\n\n（此件公开发布）\n\n其他文字。";

        var notice = Assert.Single(Parser.Read(text, "forms.txt").Notices);

        Assert.Empty(notice.Diagnostics);
        Assert.Equal("阳政任字〔2022〕4号", notice.Draft.DocumentNumber);
        Assert.Equal("阳泉市人民政府", notice.Draft.Issuer);
        Assert.Equal("阳泉市人民政府关于段拥军任职的通知", notice.Draft.Title);
        Assert.Equal(3, notice.Draft.Source.LineStart);
        Assert.Equal(NoticeText.LineOf(text, "其他文字") - 2, notice.Draft.Source.LineEnd);
    }

    [Theory]
    [InlineData("阳政任字〔2022〕4号")]
    // square brackets and stray spaces
    [InlineData("阳政任字 [2022] 4 号")]
    // full-width parentheses and digits (folded by the parser even where NFKC is unavailable)
    [InlineData("阳政任字（２０２２）４号")]
    // lenticular brackets
    [InlineData("阳政任字【2022】4号")]
    // one bracket lost in extraction
    [InlineData("阳政任字 2022〕4 号")]
    public void The_document_number_is_read_in_any_accepted_spelling_and_kept_canonical(string printed)
    {
        var text = NoticeText.With(NoticeText.ExecutiveDecision + "段拥军为孟县经济技术开发区管委会主任（试用期一年）。", "关于段拥军任职的通知")
            .Replace("阳政任字〔2022〕9号", printed);

        var notice = Assert.Single(Parser.Read(text, "numbers.txt").Notices);

        Assert.Equal("阳政任字〔2022〕4号", notice.Draft.DocumentNumber);
    }

    [Fact]
    public void Without_a_release_note_the_notice_ends_at_its_date()
    {
        var text = NoticeText.With("任命：赵海金为阳泉市公安局副局长。", "关于赵海金任职的通知").Replace("（此件公开发布）", "");

        var notice = Assert.Single(Parser.Read(text, "forms.txt").Notices);

        Assert.Equal(NoticeText.LineOf(text, "2022年1月13日"), notice.Draft.Source.LineEnd);
    }

    [Theory]
    // a roster of a leading group is not a personnel notice
    [InlineData("阳泉市人民政府办公室\n\n关于调整阳泉市保护国家通信光缆安全\n\n领导小组成员的通知\n\n阳政办函〔2022〕26号\n\n各县（区）人民政府，市直各单位：\n\n组 长：郭建文\t常务副市长\n副组长：韩千来\t市政府副秘书长\n\n阳泉市人民政府办公室\n\n2022年2月15日")]
    // a contents line has the title and number on one line
    [InlineData("【人事任免】\t\n阳泉市人民政府关于段拥军任职的通知（阳政任字〔2022〕4号）.....\t（69）\n")]
    // a regulation
    [InlineData("阳泉市人民政府\n\n关于印发阳泉市市级储备粮管理办法的通知\n\n阳政发〔2022〕2号\n\n各县（区）人民政府，市直各单位：\n\n《阳泉市市级储备粮管理办法》已经市人民政府同意，现印发给你们。")]
    public void Documents_that_are_not_personnel_notices_yield_no_orders(string text)
    {
        Assert.Empty(Parser.Read(text, "forms.txt").Notices);
    }
}
