using Roster.Cli.Tests.Fakes;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>A made-up 2017 head of 阳泉市国土资源局 and a made-up rename to 阳泉市规划和自然资源局 on 2019-01-25, filed with
/// <c>roster order submit</c> and <c>roster org lineage record</c>, then asked about with <c>roster who</c> by the new name on
/// a date before the rename, over a real server of its own (docs/identity.md, organisations).</summary>
public sealed class OrgLineageCommandTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string Order = """
        document_number: 阳政任字〔2017〕41号
        issuer: 阳泉市人民政府
        decided_on: 2017-03-10
        issued_on: 2017-03-10
        items:
          - {action: APPOINT, person: 李国土, organization: 阳泉市国土资源局, title: 局长}
        """;

    [Fact]
    public async Task Who_by_the_new_name_before_the_rename_answers_the_land_bureaus_head_and_says_the_predecessor_answered()
    {
        using (var file = new TempFile("order.yaml", Order))
        {
            var (code, _, error) = await server.RosterAsync("order", "submit", file.Path);
            Assert.True(code == 0, error);
        }
        var (recordExit, recorded, recordError) = await server.RosterAsync("org", "lineage", "record", "阳泉市国土资源局",
            "--type", "renamed", "--on", "2019-01-25", "--new-name", "阳泉市规划和自然资源局", "--source", "阳政发〔2019〕3号");
        Assert.True(recordExit == 0, recordError);
        Assert.Contains("RENAMED 阳泉市国土资源局 → 阳泉市规划和自然资源局 on 2019-01-25 [阳政发〔2019〕3号]", recorded);

        var (exit, output, _) = await server.RosterAsync("who", "阳泉市规划和自然资源局", "--rank", "head", "--on", "2018-06-01");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("阳泉市国土资源局 HEAD on 2018-06-01: HELD", lines[0]);
        Assert.Equal("answered by predecessor 阳泉市国土资源局 of 阳泉市规划和自然资源局 (RENAMED 阳泉市国土资源局 → 阳泉市规划和自然资源局 on 2019-01-25)", lines[1]);
        Assert.Contains("李国土", output);

        var (_, lineage, _) = await server.RosterAsync("org", "lineage", "阳泉市国土资源局");
        Assert.Matches(@"^阳泉市规划和自然资源局 \(organizations/\d+\)", lineage);
        Assert.Contains("RENAMED 阳泉市国土资源局 → 阳泉市规划和自然资源局 on 2019-01-25 [阳政发〔2019〕3号]", lineage);

        var (badExit, _, bad) = await server.RosterAsync("org", "lineage", "record", "阳泉市规划和自然资源局",
            "--type", "renamed", "--on", "2015-01-01", "--new-name", "阳泉市某局");
        Assert.Equal(ExitCodes.ServerError, badExit);
        Assert.Contains("LINEAGE_BEFORE_EXISTENCE", bad);
    }
}
