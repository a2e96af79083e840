using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>GazetteService.GetListing and OrderService.ParseNotice on a real server that imported the seed gazette.</summary>
public sealed class GazetteServiceTests(SeededServer server) : IClassFixture<SeededServer>
{
    private GazetteService.GazetteServiceClient Gazette => new(server.Host.Channel);
    private OrderService.OrderServiceClient Orders => new(server.Host.Channel);

    private static GetListingRequest SeedPeriod(ListingFormat format = ListingFormat.Text) => new()
    {
        Issuer = "阳泉市人民政府",
        IssuedFrom = Dates.Wire("2022-01-01"),
        IssuedBefore = Dates.Wire("2022-03-01"),
        Format = format,
    };

    [Fact]
    public async Task The_listing_of_January_and_February_2022_opens_with_the_four_listing_titles()
    {
        var listing = (await Gazette.GetListingAsync(SeedPeriod())).Listing;

        Assert.Equal(SeedFacts.Current.ListingTitles, listing.Contents);
        Assert.Equal(SeedFacts.Current.ListingTitles, listing.Text.Split('\n')[1..5]);
        Assert.Equal(ListingFormat.Text, listing.Format);
    }

    [Fact]
    public async Task Parsing_the_text_listing_gives_the_four_stored_orders_with_the_same_content()
    {
        var listing = (await Gazette.GetListingAsync(SeedPeriod())).Listing;

        var parsed = await Orders.ParseNoticeAsync(new ParseNoticeRequest { Text = listing.Text, SourceName = "listing.txt" });

        Assert.All(parsed.Notices, n => Assert.True(n.Clean, string.Join("; ", n.Diagnostics.Select(d => d.Message))));
        Assert.Equal(SeedFacts.Current.Orders.Select(o => o.DocumentNumber), parsed.Notices.Select(n => n.Draft.DocumentNumber));
        foreach (var notice in parsed.Notices)
        {
            // Submitting the draft read back is idempotent: the server finds the same content under the number.
            var response = await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = notice.Draft, ValidateOnly = true });
            var stored = (await Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = notice.Draft.DocumentNumber })).Order;
            Assert.Equal(stored.Title, response.Order.Title);
            Assert.Equal(stored.DecisionBody, response.Order.DecisionBody);
            Assert.Equal(stored.DecidedOn, response.Order.DecidedOn);
            Assert.Equal(stored.IssuedOn, response.Order.IssuedOn);
            Assert.Equal(stored.EffectiveOn, response.Order.EffectiveOn);
            Assert.Equal(stored.Items, response.Order.Items);
        }
    }

    [Fact]
    public async Task The_bounds_are_half_open_and_the_issuer_filters()
    {
        var january = (await Gazette.GetListingAsync(new GetListingRequest
        {
            IssuedFrom = Dates.Wire("2022-01-13"), IssuedBefore = Dates.Wire("2022-01-30"),
        })).Listing;
        var other = (await Gazette.GetListingAsync(new GetListingRequest
        {
            Issuer = "阳泉市人民政府办公室", IssuedFrom = Dates.Wire("2022-01-01"), IssuedBefore = Dates.Wire("2022-03-01"),
        })).Listing;

        Assert.Equal([SeedFacts.Current.ListingTitles[0]], january.Contents);
        Assert.Empty(other.Contents);
    }

    [Fact]
    public async Task Markdown_and_json_listings_carry_the_titles()
    {
        var markdown = (await Gazette.GetListingAsync(SeedPeriod(ListingFormat.Markdown))).Listing;
        var json = (await Gazette.GetListingAsync(SeedPeriod(ListingFormat.Json))).Listing;

        Assert.StartsWith("## 人事任免", markdown.Text);
        Assert.Contains("- " + SeedFacts.Current.ListingTitles[3], markdown.Text);
        Assert.Contains(SeedFacts.Current.ListingTitles[2], json.Text);
        Assert.Equal(4, System.Text.Json.JsonDocument.Parse(json.Text).RootElement.GetProperty("notices").GetArrayLength());
    }

    [Fact]
    public async Task An_impossible_date_is_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Gazette.GetListingAsync(new GetListingRequest
        {
            IssuedFrom = new Google.Type.Date { Year = 2022, Month = 2, Day = 30 },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Parse_notice_returns_drafts_and_diagnostics_and_writes_nothing()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "16-table-columns.txt"));
        var correction = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "15-correction.txt"));

        var response = await Orders.ParseNoticeAsync(new ParseNoticeRequest { Text = text + "\n" + correction, SourceName = "corpus.txt" });

        Assert.Equal(2, response.Notices.Count);
        var draft = response.Notices[0];
        Assert.False(draft.Clean);
        Assert.Equal("阳政任字〔2022〕25号", draft.Draft.DocumentNumber);
        Assert.Equal("罗斌", Assert.Single(draft.Draft.Items).Person);
        Assert.Equal(OrderAction.Appoint, draft.Draft.Items[0].Action);
        Assert.Equal([1, 19], new[] { draft.Draft.Source.LineStart, draft.Draft.Source.LineEnd });
        var columns = Assert.Single(draft.Diagnostics, d => d.Message == global::Roster.Gazette.GazetteMessages.TableColumns);
        Assert.Equal(13, columns.Line);
        Assert.Contains("秦岭", columns.Text);
        Assert.True(response.Notices[1].Correction);
        Assert.Contains(response.Notices[1].Diagnostics, d => d.Message == global::Roster.Gazette.GazetteMessages.Correction);
        var missing = await Assert.ThrowsAsync<RpcException>(() => Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字〔2022〕25号" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_roster_line_with_an_unknown_role_comes_back_held_with_its_code_and_the_seats_after_it()
    {
        const string text = """
            青川市人民政府关于成立青川市乡村振兴工作领导小组的通知
            青政函〔2023〕60号
            为加强乡村振兴工作的组织领导，市人民政府决定成立青川市乡村振兴工作领导小组，组成人员如下：
            组  长：龚德胜  市长
            执行组长：汤志坚  市农业农村局党组书记
            成  员：邵玉兰  市农业农村局局长
            青川市人民政府
            2023年7月1日
            """;

        var roster = Assert.Single((await Orders.ParseNoticeAsync(new ParseNoticeRequest { Text = text, SourceName = "roles.txt" })).Rosters);

        Assert.False(roster.Importable);
        Assert.Equal((DiagnosticCode.RosterRoleNotRead, 5), (Assert.Single(roster.Diagnostics).Code, Assert.Single(roster.Diagnostics).Line));
        Assert.Equal(["组长 龚德胜", "成员 邵玉兰"], roster.Draft.Seats.Select(s => $"{s.Role} {s.Person}"));
    }
}
