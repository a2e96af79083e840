using Roster.Testing;

using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>The [ledger] acceptance questions, asked with the roster CLI of a real server that imported the seed gazette.</summary>
public sealed class AcceptanceTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task The_head_of_the_public_security_bureau_on_2022_01_30_is_Mi_Bingsheng_from_order_2()
    {
        var (exit, output, _) = await server.RosterAsync("who", "阳泉市公安局", "--rank", "head", "--on", "2022-01-30");
        Assert.Equal(0, exit);
        Assert.Contains("HELD", output);
        var row = Assert.Single(output.Split('\n'), l => l.Contains("米炳生"));
        Assert.Contains("2022-01-30", row);
        Assert.Contains("阳政任字〔2022〕2号", row);
    }

    [Fact]
    public async Task The_head_on_2022_01_29_is_Jin_Runxi_with_start_unknown_ending_2022_01_30()
    {
        var (exit, output, _) = await server.RosterAsync("who", "阳泉市公安局", "--rank", "head", "--on", "2022-01-29");
        Assert.Equal(0, exit);
        var row = Assert.Single(output.Split('\n'), l => l.Contains("靳润喜"));
        Assert.Contains("unknown", row);
        Assert.Contains("2022-01-30", row);
        Assert.DoesNotContain("米炳生", output);
    }

    [Fact]
    public async Task The_head_on_2021_06_01_is_unknown()
    {
        var (exit, output, _) = await server.RosterAsync("who", "阳泉市公安局", "--rank", "head", "--on", "2021-06-01");
        Assert.Equal(0, exit);
        Assert.Contains("UNKNOWN", output);
        Assert.DoesNotContain("靳润喜", output);
    }

    [Fact]
    public async Task The_public_order_detachment_head_on_2022_01_12_is_vacant()
    {
        var (exit, output, _) = await server.RosterAsync("who", "阳泉市公安局治安管理支队", "--title", "支队长", "--on", "2022-01-12");
        Assert.Equal(0, exit);
        Assert.Contains("VACANT", output);
        Assert.DoesNotContain("郭建勇", output);
    }

    [Fact]
    public async Task Zhang_Wutai_on_2022_01_28_holds_the_Yu_county_zone_directorship()
    {
        var (exit, output, _) = await server.RosterAsync("person", "张五太", "--on", "2022-01-28");
        Assert.Equal(0, exit);
        Assert.Contains("盂县经济技术开发区管委会主任", output);
        Assert.DoesNotContain("阳泉高新技术产业园区管理服务中心", output);
    }

    [Fact]
    public async Task Order_show_prints_the_stored_order()
    {
        var (exit, output, _) = await server.RosterAsync("order", "show", "阳政任字〔2022〕4号");
        Assert.Equal(0, exit);
        Assert.Contains(SeedFacts.Current.Orders[3].Title, output);
        Assert.Contains("段拥军", output);
    }

    [Fact]
    public async Task Importing_the_seed_gazette_again_adds_nothing_and_finds_the_four_orders_present()
    {
        var (exit, output, _) = await server.RosterAsync("import", SeedFacts.GazettePath);
        Assert.Equal(0, exit);
        Assert.Contains("summary: 0 added, 4 already present, 0 rejected, 0 held", output);
    }

    [Fact]
    public async Task Submitting_an_order_with_an_impossible_date_prints_the_field_and_exits_1_without_a_stack_trace()
    {
        var file = Path.Combine(Path.GetTempPath(), $"roster-bad-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            document_number: 阳政任字〔2022〕30号
            issuer: 阳泉市人民政府
            decided_on: 2022-02-30
            items:
              - {action: APPOINT, person: 王五, organization: 市能源局, title: 局长}
            """);
        try
        {
            var (exit, _, error) = await server.RosterAsync("order", "submit", file);
            Assert.Equal(1, exit);
            Assert.Contains("order.decided_on", error);
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Importing_a_file_with_no_notice_warns_and_exits_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"roster-empty-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "阳泉市人民政府公报\n目录\n");
        try
        {
            var (exit, output, error) = await server.RosterAsync("import", file);
            Assert.Equal(1, exit);
            Assert.Contains("0 notices", output);
            Assert.Contains("hold no personnel notice", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Importing_a_binary_file_is_an_input_error()
    {
        var file = Path.Combine(Path.GetTempPath(), $"roster-binary-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(file, [0xff, 0xfe, 0xfd, 0x00, 0x80, 0x81]);
        try
        {
            var (exit, _, error) = await server.RosterAsync("import", file);
            Assert.Equal(2, exit);
            Assert.Contains("is not UTF-8 text", error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
