using Microsoft.Extensions.Time.Testing;
using Roster.Protos.V1;
using Roster.Server.Hosting;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>A query without a date asks about today in the jurisdiction's time zone (Asia/Shanghai by default), read from the
/// injected clock: at 2022-01-29 16:30 UTC it is already 2022-01-30 in 阳泉, the day 米炳生 took over 阳泉市公安局 from 靳润喜
/// (阳政任字〔2022〕2号).</summary>
public sealed class TodayTests
{
    [Fact]
    public async Task Officeholders_without_a_date_are_those_of_today_in_the_jurisdiction_not_of_the_date_at_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 1, 29, 15, 30, 0, TimeSpan.Zero)); // 23:30 in 阳泉
        await using var host = await RosterServerHost.StartAtAsync(clock);
        var roster = new RosterService.RosterServiceClient(host.Channel);
        var request = new ListOfficeholdersRequest { Organization = "阳泉市公安局", Rank = PostRank.Head };

        var lateEvening = await roster.ListOfficeholdersAsync(request);
        clock.Advance(TimeSpan.FromHours(1)); // 00:30 in 阳泉, still 16:30 on 2022-01-29 at UTC
        var afterMidnight = await roster.ListOfficeholdersAsync(request);

        Assert.Equal("靳润喜", Assert.Single(lateEvening.Officeholders).Person);
        Assert.Equal(new Google.Type.Date { Year = 2022, Month = 1, Day = 30 }, afterMidnight.AsOf);
        Assert.Equal("米炳生", Assert.Single(afterMidnight.Officeholders).Person);
    }

    [Fact]
    public void An_unknown_time_zone_stops_the_server_at_build_with_the_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RosterServer.Build(["--Roster:TimeZone=Asia/Yangquan", "--Roster:ImportSeed=false"]));
        Assert.StartsWith("Roster:TimeZone:", error.Message);
        Assert.Contains("Asia/Yangquan", error.Message);
    }
}
