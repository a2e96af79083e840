using Roster.Domain.Anomalies;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Probation;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Domain.Tests;

/// <summary>Probation statuses and confirmations in the timeline: 岳江's post and probation of the seed (P1Y from 2022-01-12).</summary>
public sealed class ProbationTests
{
    private static readonly Post Detachment = new("阳泉市公安局国内安全保卫支队", "支队长", PostRank.Head);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static PostEvent Event(string on, OrderAction action, string person, int number, string? probation = null) =>
        new(D(on), new DocumentNumber("阳政任字", 2022, number), 0, action, person,
            probation is null ? null : Period.TryParse(probation, out var p) ? p : throw new ArgumentException(probation), false, false, false);

    private static Tenure YueJiang(string? endOn = null, string? confirmedOn = null) => new()
    {
        Person = "岳江", Post = Detachment, StartOn = D("2022-01-12"), KnownSince = D("2022-01-12"), ProbationUntil = D("2023-01-12"),
        EndOn = endOn is null ? null : D(endOn), ConfirmedOn = confirmedOn is null ? null : D(confirmedOn),
    };

    [Theory]
    [InlineData(null, null, "2022-01-11", null)]              // not started
    [InlineData(null, null, "2022-06-01", "Running")]
    [InlineData(null, null, "2023-01-11", "Running")]         // the last day of probation
    [InlineData(null, null, "2023-01-12", "Overdue")]         // probation_until is exclusive
    [InlineData(null, "2023-01-12", "2023-01-11", "Running")] // confirmed later
    [InlineData(null, "2023-01-12", "2023-01-12", "Confirmed")]
    [InlineData(null, "2022-11-01", "2022-12-01", "Confirmed")] // confirmed early
    [InlineData("2022-10-01", null, "2022-09-30", "Running")]
    [InlineData("2022-10-01", null, "2022-10-01", "EndedEarly")] // removed before the end: a failed probation
    [InlineData("2023-03-01", null, "2023-02-01", "Overdue")]
    [InlineData("2023-03-01", null, "2023-03-01", "Lapsed")]     // removed after the end, never confirmed
    [InlineData("2023-03-01", "2023-01-12", "2023-06-01", "Confirmed")]
    public void Status_on_a_date(string? endOn, string? confirmedOn, string on, string? expected)
    {
        Assert.Equal(expected, YueJiang(endOn, confirmedOn).StatusOn(D(on))?.ToString());
    }

    [Fact]
    public void A_tenure_without_probation_or_with_an_unknown_start_has_no_status()
    {
        Assert.Null((YueJiang() with { ProbationUntil = null }).StatusOn(D("2022-06-01")));
        Assert.Null((YueJiang() with { StartOn = null }).StatusOn(D("2022-06-01")));
    }

    [Fact]
    public void A_confirmation_item_sets_confirmed_on_without_starting_or_ending_a_tenure_in_any_arrival_order()
    {
        var events = new[]
        {
            Event("2022-01-12", OrderAction.Appoint, "岳江", 1, "P1Y"),
            Event("2023-01-12", OrderAction.ConfirmProbation, "岳江", 7),
            Event("2024-03-01", OrderAction.Remove, "岳江", 9),
        };
        var expected = new Tenure
        {
            Person = "岳江", Post = Detachment, StartOn = D("2022-01-12"), KnownSince = D("2022-01-12"), ProbationUntil = D("2023-01-12"),
            EndOn = D("2024-03-01"), StartedBy = "阳政任字〔2022〕1号", EndedBy = "阳政任字〔2022〕9号",
            ConfirmedOn = D("2023-01-12"), ConfirmedBy = "阳政任字〔2022〕7号",
        };
        foreach (var order in new[] { new[] { 0, 1, 2 }, [2, 1, 0], [1, 0, 2], [1, 2, 0] })
        {
            var (tenures, warnings) = TenureTimeline.Derive(Detachment, order.Select(i => events[i]));
            Assert.Equal(expected, Assert.Single(tenures));
            Assert.Empty(warnings);
        }
    }

    [Fact]
    public void The_earliest_confirmation_wins_whether_by_order_or_by_api()
    {
        var (tenures, _) = TenureTimeline.Derive(Detachment,
            [Event("2022-01-12", OrderAction.Appoint, "岳江", 1, "P1Y"), Event("2023-02-01", OrderAction.ConfirmProbation, "岳江", 7)], [],
            [new PostConfirmation(D("2023-01-12"), "岳江", "考核合格")]);

        Assert.Equal((D("2023-01-12"), "考核合格"), (tenures[0].ConfirmedOn, tenures[0].ConfirmedBy));
    }

    [Theory]
    [InlineData("2022-01-11", ProbationConfirmations.BeforeStart)]
    [InlineData("2022-10-01", ProbationConfirmations.AfterEnd)]
    public void A_confirmation_outside_the_tenure_confirms_nothing_and_says_why(string on, string type)
    {
        var events = new[] { Event("2022-01-12", OrderAction.Appoint, "岳江", 1, "P1Y"), Event("2022-10-01", OrderAction.Remove, "岳江", 2) };
        var (tenures, warnings) = TenureTimeline.Derive(Detachment, events, [], [new PostConfirmation(D(on), "岳江", "考核")]);

        Assert.Null(Assert.Single(tenures).ConfirmedOn);
        Assert.Equal(TimelineWarning.ConfirmationWithoutProbation, Assert.Single(warnings).Code);
        Assert.Equal(type, ProbationConfirmations.Problem(tenures, "岳江", D(on), Detachment)!.Type);
        Assert.Equal(ProbationConfirmations.NoProbation, ProbationConfirmations.Problem(tenures, "石建军", D(on), Detachment)!.Type);
    }

    [Fact]
    public void Running_probations_are_ordered_by_end_date_then_person()
    {
        var other = new Post("盂县经济技术开发区管委会", "主任", PostRank.Head);
        var duan = YueJiang() with { Person = "段拥军", Post = other, StartOn = D("2022-01-29"), KnownSince = D("2022-01-29"), ProbationUntil = D("2023-01-29") };
        var noProbation = YueJiang() with { Person = "米炳生", ProbationUntil = null };

        var running = ProbationList.Select([duan, noProbation, YueJiang()], ProbationFilter.Running(D("2022-06-01")));

        Assert.Equal(["岳江", "段拥军"], running.Select(e => e.Tenure.Person));
        Assert.Equal(["岳江"], ProbationList.Select([duan, YueJiang()], ProbationFilter.Ending(null, D("2023-01-20"), D("2022-06-01"))).Select(e => e.Tenure.Person));
    }

    [Fact]
    public void Heads_of_one_organisation_under_two_head_titles_overlap()
    {
        var director = new Post("阳泉市应急指挥部", "指挥长", PostRank.Head);
        var chief = new Post("阳泉市应急指挥部", "总指挥", PostRank.Head);
        var records = new[]
        {
            new PostRecord(director, [Event("2022-01-01", OrderAction.Appoint, "甲", 1)], [], []),
            new PostRecord(chief, [Event("2022-02-01", OrderAction.Appoint, "乙", 2), Event("2022-03-01", OrderAction.Remove, "乙", 3)], [], []),
        };

        var anomaly = Assert.Single(AnomalyDetector.On(records, D("2022-02-15")));

        Assert.Equal((AnomalyCodes.OverlappingHeads, null, D("2022-02-01"), D("2022-03-01")), (anomaly.Code, anomaly.Title, anomaly.FromOn, anomaly.ToOn));
        Assert.Equal(["甲", "乙"], anomaly.Persons);
        Assert.Empty(AnomalyDetector.On(records, D("2022-03-01")));
        Assert.Single(AnomalyDetector.Ever(records));
    }

    [Fact]
    public void Reappointment_after_a_removal_decided_earlier_is_not_an_anomaly()
    {
        var post = new Post("阳泉市体育局", "副局长", PostRank.Deputy);
        PostEvent Decided(PostEvent e, string issued) => e with { IssuedOn = D(issued) };
        var record = new PostRecord(post,
        [
            Decided(Event("2020-01-01", OrderAction.Appoint, "甲", 1), "2020-01-01"),
            Decided(Event("2021-01-01", OrderAction.Remove, "甲", 2), "2021-01-01"),
            Decided(Event("2023-01-01", OrderAction.Appoint, "甲", 3), "2023-01-01"),
        ], [], []);

        Assert.Empty(AnomalyDetector.Ever([record]));
        var retroactive = record with { Events = [.. record.Events.Take(2), Decided(Event("2020-06-01", OrderAction.Appoint, "甲", 3), "2023-01-01")] };
        Assert.Contains(AnomalyDetector.Ever([retroactive]), a => a.Code == AnomalyCodes.EffectiveBeforeEarlierRemoval);
    }
}
