using Roster.Cli.Tests.Fakes;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary>An order file whose effective date is known only to the month (<c>effective_on: 2021年3月</c>), submitted with
/// <c>roster order submit</c>, then asked about with <c>roster who</c> inside and after that month, over a real seeded
/// server of its own (docs/time.md, imprecise dates).</summary>
public sealed class ImpreciseDateCommandTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string Appointment = """
        document_number: 阳政任字〔2021〕30号
        issuer: 阳泉市人民政府
        effective_on: 2021年3月
        items:
          - {action: APPOINT, person: 赵明远, organization: 市能源局, title: 局长}
        """;

    [Fact]
    public async Task Who_on_a_day_inside_the_month_of_an_imprecise_start_shows_unknown_for_that_holder_and_held_after_it()
    {
        using var file = new TempFile("imprecise.yaml", Appointment);
        var (exit, submitted, error) = await server.RosterAsync("order", "submit", file.Path);
        Assert.True(exit == 0, error);
        Assert.Contains("2021年3月", submitted);

        var (_, inside, _) = await server.RosterAsync("who", "阳泉市能源局", "--rank", "head", "--on", "2021-03-15");
        var lines = inside.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("阳泉市能源局 HEAD on 2021-03-15: UNKNOWN", lines[0]);
        Assert.Equal("UNKNOWN for 赵明远: 2021-03-15 falls within a start or end known only to the month or year", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("赵明远", StringComparison.Ordinal) && l.Contains("2021年3月", StringComparison.Ordinal));
        Assert.DoesNotContain("2021-03-01", inside);

        var (_, after, _) = await server.RosterAsync("who", "阳泉市能源局", "--rank", "head", "--on", "2021-04-01");
        Assert.StartsWith("阳泉市能源局 HEAD on 2021-04-01: HELD", after);
        Assert.Contains("赵明远", after);
        Assert.DoesNotContain("UNKNOWN for", after);
    }
}
