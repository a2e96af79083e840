using System.Globalization;
using Roster.Cli.Tests.Fakes;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>A revocation of 阳政任字〔2022〕4号 filed with <c>roster order submit</c> from a YAML file, then asked about with
/// <c>who</c>, <c>order show</c> and <c>--as-recorded-at</c>, over a real seeded server (its own: the test writes).</summary>
public sealed class CorrectionCommandTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string Revocation = """
        document_number: 阳政任字〔2022〕9号
        issuer: 阳泉市人民政府
        decision_body: 阳泉市人民政府常务会议
        decided_on: 2022-02-10
        issued_on: 2022-02-10
        corrects: {document_number: 阳政任字〔2022〕4号, kind: REVOKE}
        """;

    [Fact]
    public async Task A_revocation_filed_from_yaml_empties_the_post_and_as_recorded_before_it_the_appointee_is_back()
    {
        var before = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        using var file = new TempFile("revoke.yaml", Revocation);

        var (exit, output, error) = await server.RosterAsync("order", "submit", file.Path);
        Assert.True(exit == 0, error);
        Assert.Contains("阳泉市人民政府关于撤销阳政任字〔2022〕4号的通知", output);

        var (_, now, _) = await server.RosterAsync("who", "盂县经济技术开发区管委会", "--on", "2022-01-29");
        Assert.Contains("VACANT", now);
        Assert.DoesNotContain("段拥军", now);
        var (_, then, _) = await server.RosterAsync("who", "盂县经济技术开发区管委会", "--on", "2022-01-29", "--as-recorded-at", before);
        Assert.Contains("段拥军", then);

        var (_, shown, _) = await server.RosterAsync("order", "show", "阳政任字〔2022〕4号");
        Assert.Contains("revoked by", shown);
        Assert.Contains("阳政任字〔2022〕9号", shown);
        var (_, shownThen, _) = await server.RosterAsync("order", "show", "阳政任字〔2022〕4号", "--as-recorded-at", before);
        Assert.DoesNotContain("revoked by", shownThen);
        var (_, revoker, _) = await server.RosterAsync("order", "show", "阳政任字〔2022〕9号");
        Assert.Contains("revokes", revoker);
    }

    [Theory]
    [InlineData("2022-01-29")]               // a date, not a moment
    [InlineData("2026-11-29T10:15:00")]      // no offset: refused rather than read in some zone
    public async Task An_as_recorded_at_without_time_or_offset_is_bad_input(string text)
    {
        var (exit, _, error) = await server.RosterAsync("person", "岳江", "--as-recorded-at", text);

        Assert.Equal(2, exit);
        Assert.Contains("--as-recorded-at", error);
    }
}
