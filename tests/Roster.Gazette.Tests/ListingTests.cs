using Roster.Domain.Orders;
using Roster.Gazette.Listing;
using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary>The listing renderer: the seed orders written as the gazette's 人事任免 section, and read back.</summary>
public class ListingTests
{
    private static readonly OrderValidator Validator = new(SeedFacts.Tables);

    private static IReadOnlyList<Order> SeedOrders() => SeedFacts.Current.Orders.Select(o => Validator.Validate(o.ToDraft())).ToList();

    [Fact]
    public void The_contents_lines_of_the_seed_orders_are_the_listing_titles_of_the_facts()
    {
        var text = ListingRenderer.Render(SeedOrders().Reverse(), ListingFormat.Text);

        var lines = text.Split('\n');
        Assert.Equal(ListingRenderer.SectionHeading, lines[0]);
        Assert.Equal(SeedFacts.Current.ListingTitles, lines[1..5]);
    }

    [Fact]
    public void The_first_seed_notice_is_printed_in_full_as_the_gazette_prints_it()
    {
        var lines = NoticeWriter.Lines(SeedOrders()[0]);

        Assert.Equal(
        [
            "阳泉市人民政府",
            "关于赵海金等四人任免职务的通知",
            "阳政任字〔2022〕1号",
            "各县（区）人民政府，市直各单位：",
            "经阳泉市人民政府2022年1月12日常务会议决定，现通知如下：",
            "任命：",
            "赵海金为阳泉市公安局副局长；",
            "岳江为阳泉市公安局国内安全保卫支队支队长（试用期一年）；",
            "免去：",
            "郭建勇的阳泉市公安局治安管理支队支队长职务；",
            "石建军的阳泉市公安局国内安全保卫支队支队长职务（保留原职级待遇）。",
            "阳泉市人民政府",
            "2022年1月13日",
            "（此件公开发布）",
        ], lines);
    }

    [Fact]
    public void The_congress_route_is_printed_as_the_submission_approved_by_the_session()
    {
        var lines = NoticeWriter.Lines(SeedOrders()[1]);

        Assert.Contains("米炳生等二人任免职务的提请已经2022年1月30日阳泉市第十五届人民代表大会常务委员会第四十八次会议审议通过，现通知如下：", lines);
    }

    [Fact]
    public void An_effective_date_known_only_to_the_month_is_printed_as_the_gazette_prints_it_and_reads_back()
    {
        var text = File.ReadAllText(Path.Combine(CorpusNotice.Directory, "59-effective-month.txt"));
        var order = Validator.Validate(SeedGazette.Parser.Read(text, "59-effective-month.txt").Notices.Single().Draft);
        Assert.Equal((new DateOnly(2021, 3, 1), Domain.Time.DatePrecision.Month), (order.EffectiveOn, order.EffectivePrecision));

        var lines = NoticeWriter.Lines(order);

        Assert.Contains("以上任免自2021年3月起施行。", lines);
        var again = Validator.Validate(SeedGazette.Parser.Read(ListingRenderer.Render([order], ListingFormat.Text), "listing.txt").Notices.Single().Draft);
        Assert.True(order.HasSameContentAs(again));
    }

    [Fact]
    public void Reading_the_text_listing_again_gives_the_four_seed_orders_with_the_same_content()
    {
        var stored = SeedOrders();
        var text = ListingRenderer.Render(stored, ListingFormat.Text);

        var reading = SeedGazette.Parser.Read(text, "listing.txt");

        Assert.True(reading.IsClean, string.Join("\n", reading.Notices.SelectMany(n => n.Diagnostics)));
        var read = reading.Notices.Select(n => Validator.Validate(n.Draft)).ToList();
        Assert.Equal(stored.Select(o => o.DocumentNumber), read.Select(o => o.DocumentNumber));
        Assert.All(stored.Zip(read), pair => Assert.True(pair.First.HasSameContentAs(pair.Second), $"{pair.First.DocumentNumber} differs:\n{pair.First}\n{pair.Second}"));
    }

    [Fact]
    public void Every_clean_corpus_notice_survives_rendering_and_reading_again()
    {
        var orders = CorpusTests.Names()
            .Select(name => SeedGazette.Parser.Read(File.ReadAllText(Path.Combine(CorpusNotice.Directory, name + ".txt")), name).Notices.Single())
            // The listing prints orders in the notice layout (关于…的通知 under a number line); an order of the head of
            // state reads back from its own layout only.
            .Where(n => n.IsClean && n.Form == "Notice")
            .Select(n => Validator.Validate(n.Draft))
            .ToList();
        Assert.True(orders.Count >= 12, $"{orders.Count} clean corpus orders");

        var reading = SeedGazette.Parser.Read(ListingRenderer.Render(orders, ListingFormat.Text), "listing.txt");

        Assert.True(reading.IsClean, string.Join("\n", reading.Notices.SelectMany(n => n.Diagnostics)));
        var read = reading.Notices.Select(n => Validator.Validate(n.Draft)).ToDictionary(o => o.DocumentNumber);
        Assert.Equal(orders.Count, read.Count);
        Assert.All(orders, o => Assert.True(o.HasSameContentAs(read[o.DocumentNumber]), $"{o.DocumentNumber} differs after the round trip: {read[o.DocumentNumber]}"));
    }

    [Fact]
    public void Markdown_and_json_carry_the_same_contents_lines()
    {
        var orders = SeedOrders();

        var markdown = ListingRenderer.Render(orders, ListingFormat.Markdown);
        var json = System.Text.Json.JsonDocument.Parse(ListingRenderer.Render(orders, ListingFormat.Json));

        Assert.All(SeedFacts.Current.ListingTitles, title => Assert.Contains("- " + title + "\n", markdown));
        Assert.Equal(SeedFacts.Current.ListingTitles, json.RootElement.GetProperty("contents").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("（此件公开发布）", json.RootElement.GetProperty("notices")[3].GetProperty("lines").EnumerateArray().Last().GetString());
    }

    [Fact]
    public void An_empty_period_renders_the_section_heading_alone()
    {
        Assert.Equal(ListingRenderer.SectionHeading + "\n", ListingRenderer.Render([], ListingFormat.Text));
    }
}
