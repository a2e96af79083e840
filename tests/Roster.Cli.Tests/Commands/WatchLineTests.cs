using Roster.Cli.Commands;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Commands;

/// <summary>How <c>roster watch</c> prints one change of the feed.</summary>
public sealed class WatchLineTests
{
    [Fact]
    public void A_merge_of_two_people_prints_the_ids_not_an_empty_tenure()
    {
        var merged = new Change { Cursor = 65, Kind = ChangeKind.PeopleMerged, Person = "王平", PersonId = "people/130", MergedInto = "people/128", DocumentNumber = "judgement/128-130" };
        var separated = merged.Clone();
        separated.Cursor = 66;
        separated.Kind = ChangeKind.PeopleSeparated;

        Assert.Equal("#65 PEOPLE_MERGED 王平 people/130 now answers as people/128 by judgement/128-130", WatchCommand.Line(merged));
        Assert.Equal("#66 PEOPLE_SEPARATED 王平 people/130 answers on its own again (was people/128) by judgement/128-130", WatchCommand.Line(separated));
    }

    [Fact]
    public void A_tenure_change_prints_the_post_and_its_half_open_interval()
    {
        var started = new Change
        {
            Cursor = 57, Kind = ChangeKind.TenureStarted, Person = "段拥军", Organization = "阳泉高新技术产业园区管理服务中心", PostTitle = "副主任",
            StartOn = new Google.Type.Date { Year = 2022, Month = 1, Day = 29 }, DocumentNumber = "阳政任字〔2022〕4号",
        };

        Assert.Equal("#57 TENURE_STARTED 段拥军 阳泉高新技术产业园区管理服务中心 副主任 [2022-01-29, ) by 阳政任字〔2022〕4号", WatchCommand.Line(started));
    }
}
