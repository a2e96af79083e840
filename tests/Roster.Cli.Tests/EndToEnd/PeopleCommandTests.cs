using System.Text.RegularExpressions;
using Roster.Cli.Tests.Fakes;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>Two 王平 appointed by 阳泉 and by 太原, filed with <c>roster order submit</c>, then asked about and judged with
/// <c>roster person</c> and <c>roster people</c> over a real server of its own (docs/identity.md).</summary>
public sealed class PeopleCommandTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static string Appointment(string document, string issuer, string organization) => $$"""
        document_number: {{document}}
        issuer: {{issuer}}
        decided_on: 2023-01-05
        issued_on: 2023-01-05
        items:
          - {action: APPOINT, person: 王平, organization: {{organization}}, title: 局长}
        """;

    [Fact]
    public async Task Person_says_two_people_share_the_name_and_people_commands_review_and_judge_them()
    {
        foreach (var (document, issuer, organization) in new[] { ("阳政任字〔2023〕1号", "阳泉市人民政府", "阳泉市财政局"), ("并政任字〔2023〕1号", "太原市人民政府", "太原市财政局") })
        {
            using var file = new TempFile("order.yaml", Appointment(document, issuer, organization));
            var (code, _, error) = await server.RosterAsync("order", "submit", file.Path);
            Assert.True(code == 0, error);
        }

        var (exit, output, _) = await server.RosterAsync("person", "王平");
        Assert.Equal(0, exit);
        Assert.StartsWith("2 people share the name 王平:", output);
        var yangquan = Regex.Match(output, @"(people/\d+) \[阳泉市\]: 阳泉市财政局局长").Groups[1].Value;
        var taiyuan = Regex.Match(output, @"(people/\d+) \[太原市\]: 太原市财政局局长").Groups[1].Value;
        Assert.NotEqual("", yangquan);
        Assert.NotEqual("", taiyuan);

        var (_, review, _) = await server.RosterAsync("people", "review");
        Assert.Contains($"POSSIBLE_SAME_PERSON 王平: {yangquan} [阳泉市] / {taiyuan} [太原市]", review);

        var (differentExit, _, differentError) = await server.RosterAsync("people", "different", yangquan, taiyuan);
        Assert.True(differentExit == 0, differentError);
        Assert.Contains("No open review items.", (await server.RosterAsync("people", "review")).Output);

        var (sameExit, same, _) = await server.RosterAsync("people", "same", yangquan, taiyuan, "--note", "同一人");
        Assert.Equal(0, sameExit);
        Assert.Contains($"{taiyuan} answers as {yangquan}", same);
        var (_, one, _) = await server.RosterAsync("person", taiyuan);
        Assert.StartsWith($"王平 ({yangquan}): 2 tenures", one);
        Assert.Contains($"{taiyuan} was merged into {yangquan}.", one);

        var (badExit, _, bad) = await server.RosterAsync("people", "same", yangquan, yangquan);
        Assert.Equal(ExitCodes.ServerError, badExit);
        Assert.Contains("JUDGEMENT_OF_ONE_PERSON", bad);
    }
}
