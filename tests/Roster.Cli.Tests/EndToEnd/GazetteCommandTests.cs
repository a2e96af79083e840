using Roster.Domain.Orders;
using Roster.Gazette;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary><c>roster listing</c> and <c>roster import --dry-run</c> against a real server that imported the seed gazette.
/// Read-only: nothing here changes the server.</summary>
public sealed class ListingCommandTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Listing_January_and_February_2022_prints_the_four_listing_titles_then_the_notices()
    {
        var (exit, output, error) = await server.RosterAsync("listing", "--from", "2022-01-01", "--to", "2022-02-28");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Equal("【人事任免】", lines[0]);
        Assert.Equal(SeedFacts.Current.ListingTitles, lines[1..5]);
        Assert.Contains("岳江为阳泉市公安局国内安全保卫支队支队长（试用期一年）；", lines);
        Assert.Contains("石建军的阳泉市公安局国内安全保卫支队支队长职务（保留原职级待遇）。", lines);
        Assert.Equal(4, lines.Count(l => l == "各县（区）人民政府，市直各单位："));
        Assert.Equal(4, lines.Count(l => l == "（此件公开发布）"));
    }

    [Fact]
    public async Task Listing_with_json_prints_the_response_as_one_json_document()
    {
        var (exit, output, error) = await server.RosterAsync("listing", "--from", "2022-01-01", "--to", "2022-02-28", "--json");

        Assert.Equal((0, ""), (exit, error));
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var listing = document.RootElement.GetProperty("listing");
        Assert.Equal("LISTING_FORMAT_TEXT", listing.GetProperty("format").GetString());
        Assert.Equal(SeedFacts.Current.ListingTitles, listing.GetProperty("contents").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("【人事任免】\n", listing.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_printed_listing_parses_back_to_the_four_seed_orders()
    {
        var (_, output, _) = await server.RosterAsync("listing", "--from", "2022-01-01", "--to", "2022-02-28");
        var validator = new OrderValidator(SeedFacts.Tables);

        var reading = new GazetteParser(SeedFacts.Tables).Read(output, "listing.txt");

        Assert.True(reading.IsClean);
        var expected = SeedFacts.Current.Orders.Select(o => validator.Validate(o.ToDraft())).ToList();
        var read = reading.Notices.Select(n => validator.Validate(n.Draft)).ToList();
        Assert.Equal(expected.Count, read.Count);
        Assert.All(expected.Zip(read), pair => Assert.True(pair.First.HasSameContentAs(pair.Second), pair.First.DocumentNumber.ToString()));
    }

    [Fact]
    public async Task To_is_inclusive()
    {
        var (exit, output, _) = await server.RosterAsync("listing", "--from", "2022-01-13", "--to", "2022-01-13");

        Assert.Equal(0, exit);
        Assert.Equal(["【人事任免】", SeedFacts.Current.ListingTitles[0], ""], output.Split('\n')[..3]);
        Assert.DoesNotContain(SeedFacts.Current.ListingTitles[1], output);
    }

    [Fact]
    public async Task Markdown_format_and_an_issuer_filter()
    {
        var (exit, output, _) = await server.RosterAsync("listing", "--from", "2022-01-01", "--to", "2022-02-28", "--issuer", "阳泉市人民政府", "--format", "markdown");

        Assert.Equal(0, exit);
        Assert.StartsWith("## 人事任免\n\n- " + SeedFacts.Current.ListingTitles[0], output);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--to", "2021-12-31")]
    public async Task Bad_usage_exits_2_without_calling_the_server(string option, string value)
    {
        var args = new List<string> { "listing", "--from", "2022-01-01", "--to", "2022-02-28" };
        var at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value; else args.AddRange([option, value]);

        var (exit, _, error) = await server.RosterAsync([.. args]);

        Assert.Equal(2, exit);
        Assert.Contains(option, error);
    }

    [Fact]
    public async Task Help_says_that_to_is_inclusive()
    {
        var (exit, output, _) = await server.RosterAsync("listing", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("inclusive", output);
    }

    [Fact]
    public async Task Import_dry_run_prints_drafts_and_diagnostics_and_submits_nothing()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");

        var (exit, output, _) = await server.RosterAsync("import", "--dry-run",
            Path.Combine(corpus, "16-table-columns.txt"), Path.Combine(corpus, "15-correction.txt"), Path.Combine(corpus, "16-revocation.txt"), SeedFacts.GazettePath);

        Assert.Equal(0, exit);
        Assert.Contains("16-table-columns.txt: 1 notices: 0 clean, 1 drafts, 0 corrections; 0 rosters: 0 clean, 0 drafts (dry run: nothing submitted)", output);
        Assert.Contains("== 阳政任字〔2022〕25号 [Notice]: draft (held)", output);
        Assert.Contains($"  line 13:1: DIAGNOSTIC_CODE_TABLE_COLUMNS: {GazetteMessages.TableColumns}: 秦岭阳泉市林业局副局长姚远阳泉市水务局副局长", output);
        Assert.Contains("== 阳政任字〔2022〕24号 [Notice]: correction (held)", output);
        Assert.Contains("15-correction.txt: 1 notices: 0 clean, 0 drafts, 1 corrections", output);
        // A correction that reads cleanly is still counted as a correction, as its status line says (it was counted as clean).
        Assert.Contains("16-revocation.txt: 1 notices: 0 clean, 0 drafts, 1 corrections", output);
        Assert.Contains("== 阳政任字〔2022〕9号 [Notice]: correction (clean)", output);
        Assert.Contains("yangquan-gazette-2022-01.txt: 4 notices: 4 clean, 0 drafts, 0 corrections", output);
        var (_, show, _) = await server.RosterAsync("order", "show", "阳政任字〔2022〕25号");
        Assert.DoesNotContain("罗斌", show);
    }
}

/// <summary><c>roster import</c> of drafts, with and without <c>--accept-drafts</c>, on a server of its own.</summary>
public sealed class ImportDraftsTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Drafts_are_held_unless_accepted_and_corrections_are_always_held()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var files = new[] { Path.Combine(corpus, "16-table-columns.txt"), Path.Combine(corpus, "15-correction.txt"), Path.Combine(corpus, "09-probations.txt") };

        var (heldExit, held, _) = await server.RosterAsync(["import", .. files]);
        var (acceptedExit, accepted, _) = await server.RosterAsync(["import", "--accept-drafts", .. files]);
        var (_, show, _) = await server.RosterAsync("order", "show", "阳政任字〔2022〕25号");

        Assert.Equal(1, heldExit);
        Assert.Contains("summary: 1 added, 0 already present, 0 rejected, 2 held", held);
        Assert.Equal(1, acceptedExit);
        Assert.Contains("submitted draft 阳政任字〔2022〕25号 with 2 diagnostics (--accept-drafts)", accepted);
        Assert.Contains("held 阳政任字〔2022〕24号 (correction)", accepted);
        Assert.Contains("summary: 1 added, 1 already present, 0 rejected, 1 held", accepted);
        Assert.Contains("罗斌", show);
    }
}

/// <summary><c>roster import</c> with a clerk key: its orders go in, each roster (which needs an editor) is reported refused.</summary>
public sealed class ImportWithClerkKeyTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task A_clerk_import_of_the_gazette_reports_every_roster_refused_and_exits_1_without_stopping()
    {
        var clerk = await server.Host.CreateKeyAsync("阳泉市人民政府", Roster.Server.Security.Role.Clerk);
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, uri => Grpc.Net.Client.GrpcChannel.ForAddress(uri), _ => null);

        var exit = await new RosterCommandLine(context).RunAsync(["import", SeedFacts.GazettePath, "--server", server.Host.Address.ToString(), "--api-key", clerk]);

        var rosters = SeedFacts.Current.Groups.Count;
        Assert.Equal(1, exit);
        Assert.Equal("", error.ToString());
        Assert.Contains($"summary: 0 added, 4 already present, 0 rejected, 0 held; rosters: 0 added, 0 already present, {rosters} rejected, 0 held", output.ToString());
        Assert.Equal(rosters, output.ToString().Split('\n').Count(l => l.StartsWith("  rejected roster ", StringComparison.Ordinal)
            && l.Contains(": PermissionDenied: /roster.v1.GroupService/SubmitRoster needs role editor or higher", StringComparison.Ordinal)));
    }
}
