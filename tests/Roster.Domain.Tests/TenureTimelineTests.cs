using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Domain.Tests;

/// <summary>
/// <see cref="TenureTimeline.Derive"/> and <see cref="Officeholders.On"/> on small hand-built timelines
/// (docs/time.md, docs/orders.md). Dates are in early 2022; the people are placeholders 甲, 乙, 丙.
/// </summary>
public sealed class TenureTimelineTests
{
    private static readonly Post Head = new("阳泉市公安局", "局长", PostRank.Head);
    private static readonly Post Deputy = new("阳泉市公安局", "副局长", PostRank.Deputy);

    private static DateOnly Jan(int day) => new(2022, 1, day);

    private static PostEvent Appoint(DateOnly on, string person, int number = 1, int position = 0, string? probation = null) =>
        new(on, new DocumentNumber("阳政任字", 2022, number), position, OrderAction.Appoint, person,
            probation is null ? null : Period.TryParse(probation, out var p) ? p : throw new ArgumentException(probation), false, false, false);

    private static PostEvent Remove(DateOnly on, string person, int number = 1, int position = 0, bool retainsRank = false) =>
        new(on, new DocumentNumber("阳政任字", 2022, number), position, OrderAction.Remove, person, null, retainsRank, false, false);

    [Fact]
    public void Appointment_opens_a_tenure_from_its_effective_date_with_its_probation()
    {
        var (tenures, warnings) = TenureTimeline.Derive(Head, [Appoint(Jan(12), "甲", probation: "P1Y")]);

        var tenure = Assert.Single(tenures);
        Assert.Equal(("甲", Head, Jan(12), Jan(12)), (tenure.Person, tenure.Post, tenure.StartOn, tenure.KnownSince));
        Assert.Null(tenure.EndOn);
        Assert.Equal(new DateOnly(2023, 1, 12), tenure.ProbationUntil);
        Assert.Equal("阳政任字〔2022〕1号", tenure.StartedBy);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Removal_ends_the_tenure_on_its_effective_date_exclusive()
    {
        var (tenures, _) = TenureTimeline.Derive(Head, [Appoint(Jan(3), "甲", number: 1), Remove(Jan(20), "甲", number: 2, retainsRank: true)]);

        var tenure = Assert.Single(tenures);
        Assert.Equal((Jan(3), Jan(20), "阳政任字〔2022〕2号", true), (tenure.StartOn, tenure.EndOn, tenure.EndedBy, tenure.RetainsRank));
        Assert.True(tenure.IsHeldOn(Jan(19)));
        Assert.False(tenure.IsHeldOn(Jan(20)));
        Assert.False(tenure.IsHeldOn(Jan(2)));
    }

    [Fact]
    public void Removal_without_a_recorded_tenure_records_one_with_unknown_start_known_since_the_day_before()
    {
        var (tenures, warnings) = TenureTimeline.Derive(Head, [Remove(Jan(30), "甲", number: 2, position: 1)]);

        var tenure = Assert.Single(tenures);
        Assert.False(tenure.StartKnown);
        Assert.Null(tenure.StartOn);
        Assert.Equal(Jan(29), tenure.KnownSince);
        Assert.Equal(Jan(30), tenure.EndOn);
        var warning = Assert.Single(warnings);
        Assert.Equal((TimelineWarning.RemovalWithoutRecordedTenure, "阳政任字〔2022〕2号", 1), (warning.Code, warning.DocumentNumber, warning.Position));
    }

    [Fact]
    public void A_second_removal_on_the_same_day_ends_nothing_more_and_says_so()
    {
        // 甲 appointed by 1号, removed by 21号 on 2022-01-20; 23号 repeats the removal (with something else), in either arrival.
        var events = new[] { Appoint(Jan(5), "甲"), Remove(Jan(20), "甲", number: 21), Remove(Jan(20), "甲", number: 23, position: 1) };

        var (tenures, warnings) = TenureTimeline.Derive(Head, events.Reverse());

        var tenure = Assert.Single(tenures);
        Assert.Equal((Jan(5), Jan(20), "阳政任字〔2022〕21号"), (tenure.StartOn, tenure.EndOn, tenure.EndedBy));
        var warning = Assert.Single(warnings);
        Assert.Equal((TimelineWarning.RemovalAlreadyRecorded, "阳政任字〔2022〕23号", 1), (warning.Code, warning.DocumentNumber, warning.Position));
        Assert.Single(Officeholders.On(Jan(19), tenures).Holders);
    }

    [Fact]
    public void A_later_removal_of_a_person_already_removed_ends_nothing_more_and_names_the_first_removal()
    {
        // 甲 appointed by 1号, removed by 21号 on 2022-01-20; 30号 (a people's congress removing him weeks later) on 2022-02-10.
        var events = new[] { Appoint(Jan(5), "甲"), Remove(Jan(20), "甲", number: 21), Remove(new DateOnly(2022, 2, 10), "甲", number: 30) };

        var (tenures, warnings) = TenureTimeline.Derive(Head, events.Reverse());

        var tenure = Assert.Single(tenures);
        Assert.Equal((Jan(5), Jan(20), "阳政任字〔2022〕21号"), (tenure.StartOn, tenure.EndOn, tenure.EndedBy));
        var warning = Assert.Single(warnings);
        Assert.Equal((TimelineWarning.RemovalAlreadyRecorded, "阳政任字〔2022〕30号"), (warning.Code, warning.DocumentNumber));
        Assert.Contains("already ended on 2022-01-20 (by 阳政任字〔2022〕21号); this removal changes nothing", warning.Message);
        Assert.Equal(Coverage.Vacant, Officeholders.On(new DateOnly(2022, 2, 9), tenures).Coverage);
    }

    [Fact]
    public void Resumed_after_the_first_removal_the_later_removal_reads_the_same_as_the_whole_timeline()
    {
        var events = new[] { Appoint(Jan(5), "甲"), Remove(Jan(20), "甲", number: 21), Remove(new DateOnly(2022, 2, 10), "甲", number: 30) };
        var (whole, wholeWarnings) = TenureTimeline.Derive(Head, events);
        var from = new DateOnly(2022, 2, 10);
        var resumed = TimelineResumption.At(from, []).WithEnded(whole);

        var (tenures, warnings) = TenureTimeline.DeriveFrom(Head, resumed, events, [], []);

        Assert.Empty(tenures);
        Assert.Equal(wholeWarnings.Select(w => (w.Code, w.Message)), warnings.Select(w => (w.Code, w.Message)));
    }

    [Fact]
    public void Second_head_appointed_while_the_first_holds_is_recorded_with_an_overlapping_heads_warning()
    {
        var (tenures, warnings) = TenureTimeline.Derive(Head, [Appoint(Jan(3), "甲", number: 1), Appoint(Jan(10), "乙", number: 5, position: 2)]);

        Assert.Equal(["甲", "乙"], tenures.Select(t => t.Person));
        Assert.All(tenures, t => Assert.Null(t.EndOn));
        var warning = Assert.Single(warnings);
        Assert.Equal((TimelineWarning.OverlappingHeads, "阳政任字〔2022〕5号", 2), (warning.Code, warning.DocumentNumber, warning.Position));
        var answer = Officeholders.On(Jan(10), tenures);
        Assert.Equal(Coverage.Held, answer.Coverage);
        Assert.Equal(["甲", "乙"], answer.Holders.Select(t => t.Person));
    }

    [Fact]
    public void Several_deputies_at_once_are_no_overlap()
    {
        var (tenures, warnings) = TenureTimeline.Derive(Deputy, [Appoint(Jan(3), "甲", number: 1), Appoint(Jan(10), "乙", number: 2)]);

        Assert.Equal(2, tenures.Count);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Replacing_the_head_in_one_order_is_no_overlap_even_when_the_appointment_is_printed_first()
    {
        // Order 2's pattern: "米炳生为…局长；免去：靳润喜的…局长职务", here with 甲's appointment on record.
        // On the effective date the appointee holds the post and the removed head no longer does (docs/time.md).
        var (tenures, warnings) = TenureTimeline.Derive(Head,
            [Appoint(Jan(3), "甲", number: 1), Appoint(Jan(30), "乙", number: 2, position: 0), Remove(Jan(30), "甲", number: 2, position: 1)]);

        Assert.Empty(warnings);
        Assert.Equal([("甲", (DateOnly?)Jan(3), (DateOnly?)Jan(30)), ("乙", Jan(30), null)], tenures.Select(t => (t.Person, t.StartOn, t.EndOn)));
        Assert.Equal(["乙"], Officeholders.On(Jan(30), tenures).Holders.Select(t => t.Person));
    }

    [Fact]
    public void Replacing_the_head_by_two_orders_of_one_date_is_no_overlap_whichever_number_is_lower()
    {
        var (_, warnings) = TenureTimeline.Derive(Head,
            [Appoint(Jan(3), "甲", number: 1), Appoint(Jan(29), "乙", number: 5), Remove(Jan(29), "甲", number: 6)]);

        Assert.Empty(warnings);
    }

    [Fact]
    public void Appointing_someone_who_already_holds_the_post_changes_nothing_and_warns()
    {
        var (tenures, warnings) = TenureTimeline.Derive(Head, [Appoint(Jan(3), "甲", number: 1), Appoint(Jan(10), "甲", number: 4, position: 3)]);

        var tenure = Assert.Single(tenures);
        Assert.Equal((Jan(3), "阳政任字〔2022〕1号"), (tenure.StartOn!.Value, tenure.StartedBy));
        var warning = Assert.Single(warnings);
        Assert.Equal((TimelineWarning.AlreadyHolds, "阳政任字〔2022〕4号", 3), (warning.Code, warning.DocumentNumber, warning.Position));
    }

    [Fact]
    public void Before_any_record_the_answer_is_unknown()
    {
        var (tenures, _) = TenureTimeline.Derive(Head, [Appoint(Jan(12), "甲")]);

        var answer = Officeholders.On(Jan(11), tenures);

        Assert.Equal(Coverage.Unknown, answer.Coverage);
        Assert.Empty(answer.Holders);
        Assert.Equal(Coverage.Unknown, Officeholders.On(Jan(11), []).Coverage);
    }

    [Fact]
    public void After_a_removal_with_nobody_appointed_the_post_is_vacant()
    {
        var (tenures, _) = TenureTimeline.Derive(Head, [Appoint(Jan(3), "甲", number: 1), Remove(Jan(10), "甲", number: 2)]);

        Assert.Equal(Coverage.Vacant, Officeholders.On(Jan(10), tenures).Coverage);
        Assert.Equal(Coverage.Vacant, Officeholders.On(Jan(31), tenures).Coverage);
    }

    [Fact]
    public void Gap_before_a_tenure_known_only_from_a_later_date_is_unknown_not_vacant()
    {
        // 甲 held [Jan 3, Jan 10). 乙's removal on Jan 25 shows 乙 held the post on Jan 24, but not since when:
        // 乙 may have been appointed any day from Jan 10, so between Jan 10 and Jan 23 nobody can say.
        var (tenures, _) = TenureTimeline.Derive(Head,
            [Appoint(Jan(3), "甲", number: 1), Remove(Jan(10), "甲", number: 2), Remove(Jan(25), "乙", number: 3)]);

        Assert.Equal(Coverage.Held, Officeholders.On(Jan(9), tenures).Coverage);
        Assert.Equal(Coverage.Unknown, Officeholders.On(Jan(10), tenures).Coverage);
        Assert.Equal(Coverage.Unknown, Officeholders.On(Jan(23), tenures).Coverage);
        var known = Officeholders.On(Jan(24), tenures);
        Assert.Equal(Coverage.Held, known.Coverage);
        var holder = Assert.Single(known.Holders);
        Assert.Equal("乙", holder.Person);
        Assert.False(holder.StartKnown);
        Assert.Equal(Coverage.Vacant, Officeholders.On(Jan(25), tenures).Coverage);
    }

    [Fact]
    public void Same_removal_gap_without_the_later_unknown_start_is_vacant()
    {
        var (tenures, _) = TenureTimeline.Derive(Head, [Appoint(Jan(3), "甲", number: 1), Remove(Jan(10), "甲", number: 2), Appoint(Jan(25), "乙", number: 3)]);

        Assert.Equal(Coverage.Vacant, Officeholders.On(Jan(15), tenures).Coverage);
        Assert.Equal(["乙"], Officeholders.On(Jan(25), tenures).Holders.Select(t => t.Person));
    }
}
