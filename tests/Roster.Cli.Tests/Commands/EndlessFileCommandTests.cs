using Roster.Cli.Tests.Fakes;

namespace Roster.Cli.Tests.Commands;

/// <summary>Files that never end or are not files: each command that reads one exits 2 with a message, at once.</summary>
public class EndlessFileCommandTests
{
    private readonly FakeServer _server = new();

    [Theory]
    [InlineData("/dev/zero", "holds a NUL character")]
    [InlineData("/dev/urandom", "")]
    public async Task Order_submit_of_an_endless_device_exits_2_with_a_message(string device, string expected)
    {
        var run = await CliRun.RunAsync(_server, "order", "submit", device);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"error: cannot read {device}: ", run.Error);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task Import_dry_run_of_an_endless_device_exits_2_with_a_message(string device)
    {
        var run = await CliRun.RunAsync(_server, "import", "--dry-run", device);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"error: {device}: ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }

    [Fact]
    public async Task A_directory_given_as_a_file_says_it_is_a_directory()
    {
        var directory = Path.GetTempPath().TrimEnd('/');

        var submit = await CliRun.RunAsync(_server, "order", "submit", directory);
        var import = await CliRun.RunAsync(_server, "import", "--dry-run", directory);

        Assert.Equal((ExitCodes.UsageError, ExitCodes.UsageError), (submit.ExitCode, import.ExitCode));
        Assert.Contains($"cannot read {directory}: is a directory, not a file", submit.Error);
        Assert.Contains($"{directory}: is a directory, not a file", import.Error);
        Assert.DoesNotContain("denied", submit.Error + import.Error);
    }

    [Fact]
    public async Task A_raw_nul_in_a_yaml_value_is_refused_and_nothing_is_sent()
    {
        using var file = new TempFile("order.yaml", SeedOrdersWithNul());

        var run = await CliRun.RunAsync(_server, "order", "submit", file.Path);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("NUL character (U+0000)", run.Error);
        Assert.Empty(_server.Requests);
    }

    private static string SeedOrdersWithNul() => Input.SeedOrders.Yaml(0).Replace("岳江", "岳\0江", StringComparison.Ordinal);
}
