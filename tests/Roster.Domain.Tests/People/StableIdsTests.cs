using Roster.Domain.People;

namespace Roster.Domain.Tests.People;

/// <summary>Ids stay with their people while the clusters of a name change (<see cref="StableIds"/>).</summary>
public sealed class StableIdsTests
{
    private static Mention M(long row, string document, string jurisdiction, long post) =>
        new(MentionKind.OrderItem, row, "王平", jurisdiction, document, post);

    [Fact]
    public void A_new_mention_joins_its_person_under_the_id_it_has()
    {
        var clusters = PersonClusters.Derive([M(1, "A", "阳泉市", 10), M(2, "B", "阳泉市", 11)]);
        var ids = StableIds.Assign(clusters, m => m.RowId == 1 ? 5 : null);

        Assert.Equal([5L], ids.Ids.Select(i => i!.Value));
        Assert.Empty(ids.Retired);
    }

    [Fact]
    public void A_document_linking_two_people_keeps_the_older_id_and_redirects_the_younger()
    {
        // 太原's 王平 is people/5, 阳泉's people/9; an order removing 王平 from the 太原 post and appointing him in 阳泉 links them.
        var clusters = PersonClusters.Derive([M(1, "A", "太原市", 20), M(2, "B", "阳泉市", 40), M(3, "C", "山西省", 20), M(4, "C", "山西省", 40)]);
        var ids = StableIds.Assign(clusters, m => m.RowId switch { 1 => 5, 2 => 9, _ => null });

        Assert.Equal(5, Assert.Single(ids.Ids));
        Assert.Equal(new Dictionary<long, long> { [9] = 5 }, ids.Retired);
    }

    [Fact]
    public void A_cluster_that_loses_its_link_gets_a_new_person_and_the_old_id_stays_with_the_older_part()
    {
        // The linking order was withdrawn: 1 and 2 were people/5 together, now they are two people.
        var clusters = PersonClusters.Derive([M(1, "A", "太原市", 20), M(2, "B", "阳泉市", 40)]);
        var ids = StableIds.Assign(clusters, _ => 5);

        Assert.Equal([5L, null], ids.Ids);
        Assert.Empty(ids.Retired);
    }

    [Fact]
    public void An_explicit_id_names_the_person_whose_mentions_carry_it_so_they_share_it()
    {
        var clusters = PersonClusters.Derive([M(1, "A", "阳泉市", 10), new Mention(MentionKind.OrderItem, 2, "王平", "阳泉市", "B", 11, 5)]);
        var ids = StableIds.Assign(clusters, _ => 5);

        Assert.Equal([5L, 5L], ids.Ids);
        Assert.Empty(ids.Retired);
    }

    [Fact]
    public void A_yangquan_order_naming_the_taiyuan_person_by_id_keeps_his_taiyuan_post_under_that_id()
    {
        // 阳泉's 李华 is people/178, 太原's people/180; a 阳泉 order appoints 李华 with person_id people/180.
        var pinned = new Mention(MentionKind.OrderItem, 3, "王平", "阳泉市", "阳政任字〔2022〕41号", 30, 180);
        var clusters = PersonClusters.Derive([M(1, "阳政任字〔2022〕40号", "阳泉市", 10), M(2, "并政任字〔2022〕40号", "太原市", 20), pinned]);
        var ids = StableIds.Assign(clusters, m => m.RowId switch { 1 => 178, 2 => 180, _ => 180 });

        var idOf = clusters.SelectMany((c, i) => c.Mentions.Select(m => (m.Mention.RowId, Id: ids.Ids[i]))).ToDictionary(x => x.RowId, x => x.Id);
        Assert.Equal(new Dictionary<long, long?> { [1] = 178, [2] = 180, [3] = 180 }, idOf);
        Assert.Empty(ids.Retired);
    }
}
