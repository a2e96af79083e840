using Roster.Cli.Commands;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary><c>roster probations</c>, <c>roster probation confirm</c> and <c>roster anomalies</c> against a real seeded server.</summary>
public sealed class ProbationCommandTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Probations_running_on_2022_06_01_list_Yue_Jiang_then_Duan_Yongjun()
    {
        var (exit, output, _) = await server.RosterAsync("probations", "--running-on", "2022-06-01");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("2 probations", lines[0]);
        Assert.StartsWith("PERSON", lines[1]);
        Assert.Matches(@"^岳江\s+阳泉市公安局国内安全保卫支队支队长\s+2022-01-12\s+2023-01-12\s+RUNNING\s+2022-06-01", lines[2]);
        Assert.Matches(@"^段拥军\s+盂县经济技术开发区管委会主任\s+2022-01-29\s+2023-01-29\s+RUNNING", lines[3]);
    }

    [Fact]
    public async Task Confirming_Yue_Jiang_leaves_Duan_Yongjun_alone_overdue_on_2023_02_01()
    {
        var (exit, output, error) = await server.RosterAsync("probation", "confirm", "岳 江", "--organization", "市公安局国内安全保卫支队", "--title", "支队长",
            "--on", "2023-01-12", "--source", "考核合格");
        Assert.Equal(0, exit);
        Assert.Contains("岳江 阳泉市公安局国内安全保卫支队支队长, probation until 2023-01-12, confirmed on 2023-01-12 (考核合格)", output + error);

        var (listed, overdue, _) = await server.RosterAsync("probations", "--overdue", "--on", "2023-02-01");

        Assert.Equal(0, listed);
        Assert.Equal("1 probation", overdue.Split('\n')[0]);
        Assert.Contains("段拥军", overdue);
        Assert.DoesNotContain("岳江", overdue);
    }

    [Theory]
    [InlineData(new[] { "probations" }, ProbationsCommand.CriterionError)]
    [InlineData(new[] { "probations", "--running-on", "2022-06-01", "--overdue", "--on", "2023-02-01" }, ProbationsCommand.CriterionError)]
    [InlineData(new[] { "probations", "--overdue" }, ProbationsCommand.OverdueNeedsDateError)]
    public async Task A_criterion_missing_or_doubled_is_a_usage_error(string[] args, string message)
    {
        var (exit, _, error) = await server.RosterAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Anomalies_on_2022_06_01_are_the_four_removals_of_unrecorded_tenures()
    {
        var (exit, output, _) = await server.RosterAsync("anomalies", "--on", "2022-06-01");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("4 anomalies", lines[0]);
        Assert.Matches(@"^2022-01-12\s+REMOVAL_WITHOUT_RECORDED_TENURE\s+石建军\s+阳泉市公安局国内安全保卫支队支队长\s+阳政任字〔2022〕1号", lines[2]);
        Assert.Equal(4, lines.Skip(2).Count(l => l.Contains("REMOVAL_WITHOUT_RECORDED_TENURE")));
    }
}
