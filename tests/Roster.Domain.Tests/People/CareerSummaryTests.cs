using Roster.Domain.People;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Domain.Tests.People;

/// <summary>The one-line career of a person in a list of namesakes.</summary>
public sealed class CareerSummaryTests
{
    [Fact]
    public void A_start_the_records_do_not_give_is_not_printed_as_a_start_date()
    {
        // 张五太: removed from 盂县经济技术开发区管委会主任 by 阳政任字〔2022〕3号 (effective 2022-01-29), no appointment on record.
        var removed = new Tenure
        {
            Person = "张五太",
            Post = new Post("盂县经济技术开发区管委会", "主任", PostRank.Head),
            StartOn = null,
            KnownSince = new DateOnly(2022, 1, 28),
            EndOn = new DateOnly(2022, 1, 29),
        };
        var appointed = new Tenure
        {
            Person = "张五太",
            Post = new Post("阳泉高新技术产业园区管理服务中心", "主任", PostRank.Head),
            StartOn = new DateOnly(2022, 1, 29),
            KnownSince = new DateOnly(2022, 1, 29),
        };

        Assert.Equal("阳泉高新技术产业园区管理服务中心主任 (2022-01-29–); 盂县经济技术开发区管委会主任 (start unknown, known since 2022-01-28–2022-01-29)",
            CareerSummary.Of([removed, appointed]));
    }
}
