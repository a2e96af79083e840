using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Domain.Tests;

/// <summary>
/// <see cref="TenureTimeline.Derive(Post, IEnumerable{PostEvent}, IEnumerable{PostAttestation})"/>: rosters' title text as evidence
/// (docs/time.md, docs/decisions.md 18). The public-security head case is the seed's: 靳润喜 printed as 市公安局局长 on 2022-01-05
/// (阳政办发〔2022〕2号), removed by 阳政任字〔2022〕2号 on 2022-01-30.
/// </summary>
public sealed class EvidenceTimelineTests
{
    private static readonly Post Head = new("阳泉市公安局", "局长", PostRank.Head);
    private static DateOnly Jan(int day) => new(2022, 1, day);

    private static PostEvent Order(DateOnly on, OrderAction action, string person, int number) =>
        new(on, new DocumentNumber("阳政任字", 2022, number), 0, action, person, null, false, false, false);

    private static PostAttestation Attest(DateOnly on, string person, string source = "阳政办发〔2022〕2号") => new(on, person, source);

    [Fact]
    public void A_roster_before_a_removal_moves_known_since_to_the_roster_date_and_keeps_the_start_unknown()
    {
        var (tenures, warnings) = TenureTimeline.Derive(Head,
            [Order(Jan(30), OrderAction.Remove, "靳润喜", 2), Order(Jan(30), OrderAction.Appoint, "米炳生", 2)], [Attest(Jan(5), "靳润喜")]);

        var jin = Assert.Single(tenures, t => t.Person == "靳润喜");
        Assert.Equal((null, Jan(5), Jan(30), "阳政任字〔2022〕2号", "阳政办发〔2022〕2号"), (jin.StartOn, jin.KnownSince, jin.EndOn, jin.EndedBy, jin.AttestedBy));
        Assert.Equal(Coverage.Held, Officeholders.On(Jan(5), tenures).Coverage);
        Assert.Equal(Coverage.Unknown, Officeholders.On(Jan(4), tenures).Coverage);
        Assert.DoesNotContain(warnings, w => w.Code == TimelineWarning.RemovalWithoutRecordedTenure);
    }

    [Fact]
    public void A_roster_alone_gives_an_evidence_only_tenure_with_unknown_start_and_no_end()
    {
        var (tenures, _) = TenureTimeline.Derive(Head, [], [Attest(Jan(5), "杜平华")]);

        var tenure = Assert.Single(tenures);
        Assert.Equal((false, Jan(5), (DateOnly?)null), (tenure.StartKnown, tenure.KnownSince, tenure.EndOn));
        Assert.Equal(Coverage.Held, Officeholders.On(new DateOnly(2022, 2, 1), tenures).Coverage);
        Assert.Equal(Coverage.Unknown, Officeholders.On(Jan(4), tenures).Coverage);
    }

    [Fact]
    public void The_earliest_of_several_rosters_wins_and_a_roster_within_a_known_tenure_changes_nothing()
    {
        var (tenures, _) = TenureTimeline.Derive(Head, [Order(Jan(12), OrderAction.Appoint, "甲", 1)],
            [Attest(Jan(20), "乙", "阳政办函〔2022〕9号"), Attest(Jan(8), "乙", "阳政办函〔2022〕3号"), Attest(Jan(15), "甲")]);

        var first = Assert.Single(tenures, t => t.Person == "甲");
        Assert.Equal((Jan(12), Jan(12), (string?)null), (first.StartOn, first.KnownSince, first.AttestedBy));
        var second = Assert.Single(tenures, t => t.Person == "乙");
        Assert.Equal((Jan(8), "阳政办函〔2022〕3号"), (second.KnownSince, second.AttestedBy));
    }

    [Fact]
    public void A_roster_on_a_removal_date_is_read_after_the_removal()
    {
        var (tenures, _) = TenureTimeline.Derive(Head, [Order(Jan(12), OrderAction.Appoint, "甲", 1), Order(Jan(20), OrderAction.Remove, "甲", 2)],
            [Attest(Jan(20), "甲")]);

        Assert.Equal(2, tenures.Count);
        Assert.Equal(Jan(20), tenures[0].EndOn);
        Assert.Equal((false, Jan(20)), (tenures[1].StartKnown, tenures[1].KnownSince));
    }

    [Fact]
    public void Orders_and_attestations_in_any_arrival_order_give_the_same_tenures()
    {
        PostEvent[] events = [Order(Jan(12), OrderAction.Appoint, "甲", 1), Order(Jan(30), OrderAction.Remove, "靳润喜", 2), Order(Jan(30), OrderAction.Appoint, "米炳生", 2)];
        PostAttestation[] attestations = [Attest(Jan(5), "靳润喜"), Attest(Jan(3), "靳润喜", "阳政办发〔2022〕1号"), Attest(Jan(15), "乙", "阳政办函〔2022〕9号")];
        var expected = TenureTimeline.Derive(Head, events, attestations).Tenures;
        var random = new Random(4);
        for (var i = 0; i < 50; i++)
        {
            var (tenures, _) = TenureTimeline.Derive(Head, events.OrderBy(_ => random.Next()), attestations.OrderBy(_ => random.Next()));
            Assert.Equal(expected, tenures);
        }
        Assert.Equal(Jan(3), expected.Single(t => t.Person == "靳润喜").KnownSince);
    }
}
