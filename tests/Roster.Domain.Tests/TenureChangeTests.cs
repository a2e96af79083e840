using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Domain.Tests;

/// <summary>What the change feed reports when a post's tenures are recomputed.</summary>
public sealed class TenureChangeTests
{
    private static readonly Post Zone = new("盂县经济技术开发区管委会", "主任", PostRank.Head);

    private static Tenure Duan(DateOnly? end = null, string? endedBy = null) => new()
    {
        Person = "段拥军", Post = Zone, StartOn = new(2022, 1, 29), KnownSince = new(2022, 1, 29), EndOn = end,
        StartedBy = "阳政任字〔2022〕4号", EndedBy = endedBy,
    };

    [Fact]
    public void Identical_tenures_are_no_change() => Assert.Empty(TenureChange.Between([Duan()], [Duan()]));

    [Fact]
    public void A_new_appointment_is_started() =>
        Assert.Equal([new TenureChange(TenureChangeKind.Started, null, Duan())], TenureChange.Between([], [Duan()]));

    [Fact]
    public void A_removal_ends_the_open_tenure()
    {
        var ended = Duan(new DateOnly(2023, 3, 1), "阳政任字〔2023〕2号");
        Assert.Equal([new TenureChange(TenureChangeKind.Ended, Duan(), ended)], TenureChange.Between([Duan()], [ended]));
    }

    [Fact]
    public void A_corrected_end_is_changed()
    {
        var first = Duan(new DateOnly(2023, 3, 1), "阳政任字〔2023〕2号");
        var corrected = Duan(new DateOnly(2023, 4, 1), "阳政任字〔2023〕2号");
        Assert.Equal([new TenureChange(TenureChangeKind.Changed, first, corrected)], TenureChange.Between([first], [corrected]));
    }

    [Fact]
    public void A_tenure_no_longer_derived_is_withdrawn_before_the_others()
    {
        var other = Duan() with { Person = "岳江", StartedBy = "阳政任字〔2022〕5号" };
        Assert.Equal(
            [new TenureChange(TenureChangeKind.Withdrawn, Duan(), null), new TenureChange(TenureChangeKind.Started, null, other)],
            TenureChange.Between([Duan()], [other]));
    }

    [Fact]
    public void An_attested_tenure_that_an_order_later_starts_is_the_same_tenure_changed()
    {
        var attested = Duan() with { StartOn = null, KnownSince = new DateOnly(2022, 2, 15), StartedBy = null, AttestedBy = "阳政办函〔2022〕26号" };
        Assert.Equal([new TenureChange(TenureChangeKind.Changed, attested, Duan())], TenureChange.Between([attested], [Duan()]));
    }
}
