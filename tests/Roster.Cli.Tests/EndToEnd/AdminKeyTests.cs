using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary><c>roster admin key create|list|revoke</c> and <c>--api-key</c> / <c>ROSTER_API_KEY</c> against a real server.</summary>
public sealed class AdminKeyTests(SeededServer server) : IClassFixture<SeededServer>
{
    private async Task<(int Exit, string Output, string Error)> Roster(string? apiKeyVariable, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, uri => Grpc.Net.Client.GrpcChannel.ForAddress(uri),
            name => name == GlobalOptions.ApiKeyVariable ? apiKeyVariable : null);
        var exit = await new RosterCommandLine(context).RunAsync([.. args, "--server", server.Host.Address.ToString()]);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task An_admin_creates_a_clerk_key_that_lists_and_once_revoked_is_refused()
    {
        var (exit, output, error) = await Roster(server.Host.AdminKey, "admin", "key", "create", "--office", "阳泉市人民政府", "--role", "clerk");
        Assert.Equal(0, exit);
        var key = output.Trim();
        Assert.Matches("^rk_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}$", key);
        var prefix = key[3..13];
        Assert.Contains($"created Clerk key {prefix} for 阳泉市人民政府; the key is shown once", error);

        var listed = await Roster(server.Host.AdminKey, "admin", "key", "list");
        Assert.Contains(listed.Output.Split('\n'), l => l.StartsWith($"{prefix}  Clerk  阳泉市人民政府  created ", StringComparison.Ordinal));
        Assert.DoesNotContain(key, listed.Output);

        Assert.Equal(0, (await Roster(null, "person", "岳江", "--api-key", key)).Exit);
        var revoked = await Roster(server.Host.AdminKey, "admin", "key", "revoke", prefix);
        Assert.Equal($"revoked {prefix} (阳泉市人民政府)\n", revoked.Output);

        var refused = await Roster(null, "person", "岳江", "--api-key", key);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("Unauthenticated", refused.Error);
    }

    [Fact]
    public async Task Without_a_key_admin_commands_are_unauthenticated()
    {
        var (exit, _, error) = await Roster(null, "admin", "key", "list");
        Assert.Equal(1, exit);
        Assert.Contains("reason: CREDENTIALS_REQUIRED", error);
    }

    [Theory]
    [InlineData("rk_abc\nx-evil: 1", null, "found a line break at position 7")]
    [InlineData("rk_王", null, "found U+738B at position 4")]
    [InlineData(null, "rk_a b", "found white space at position 5")]
    public async Task A_key_that_cannot_be_a_header_is_a_usage_error_before_any_call(string? option, string? variable, string found)
    {
        var args = option is null ? new[] { "person", "岳江" } : ["person", "岳江", "--api-key", option];

        var (exit, output, error) = await Roster(variable, args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: --api-key (or ${GlobalOptions.ApiKeyVariable}): an API key is printable ASCII (rk_ followed by letters, digits, '_' and '-'); {found}\n", error);
    }
}
