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
    public void An_explicit_id_is_kept_even_when_an_older_cluster_carried_it()
    {
        var clusters = PersonClusters.Derive([M(1, "A", "阳泉市", 10), new Mention(MentionKind.OrderItem, 2, "王平", "阳泉市", "B", 11, 5)]);
        var ids = StableIds.Assign(clusters, _ => 5);

        Assert.Equal([null, 5L], ids.Ids);
    }
}
