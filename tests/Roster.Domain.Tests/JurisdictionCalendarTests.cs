using Microsoft.Extensions.Time.Testing;
using Roster.Domain.Time;

namespace Roster.Domain.Tests;

/// <summary>"Today" is the date in the jurisdiction's time zone at the clock's instant, not the date at UTC or on the server.</summary>
public sealed class JurisdictionCalendarTests
{
    [Fact]
    public void Half_past_midnight_in_Beijing_is_already_the_next_day_there_while_UTC_is_still_on_the_previous_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 1, 29, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2022, 1, 30), new JurisdictionCalendar(clock, JurisdictionCalendar.ZoneOf("Asia/Shanghai")).Today);
        Assert.Equal(new DateOnly(2022, 1, 29), new JurisdictionCalendar(clock, JurisdictionCalendar.ZoneOf("UTC")).Today);
    }

    [Fact]
    public void Today_follows_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 1, 29, 15, 59, 59, TimeSpan.Zero));
        var calendar = new JurisdictionCalendar(clock, JurisdictionCalendar.ZoneOf(JurisdictionCalendar.DefaultZoneId));
        Assert.Equal(new DateOnly(2022, 1, 29), calendar.Today);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new DateOnly(2022, 1, 30), calendar.Today);
    }

    [Fact]
    public void An_unknown_zone_is_refused_with_its_id()
    {
        var error = Assert.Throws<ArgumentException>(() => JurisdictionCalendar.ZoneOf("Asia/Yangquan"));
        Assert.Contains("Asia/Yangquan", error.Message);
    }
}
