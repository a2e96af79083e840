using Roster.Domain.People;
using Roster.Testing;

namespace Roster.Domain.Tests.People;

/// <summary>The resolution rules over every mention of one name (<see cref="PersonClusters"/>), and their jurisdictions
/// (<see cref="Jurisdictions"/>), with the seed's 张五太 and two made-up 王平 (docs/identity.md).</summary>
public sealed class PersonClustersTests
{
    private static Mention Item(long row, string document, string issuer, long post, long? named = null) =>
        new(MentionKind.OrderItem, row, "王平", Jurisdictions.OfIssuer(issuer, SeedFacts.Tables), document, post, named);

    [Theory]
    [InlineData("阳泉市人民政府", "阳泉市")]
    [InlineData("阳泉市人民政府办公室", "阳泉市")]
    [InlineData("太原市人民政府", "太原市")]
    [InlineData("山西省人民政府", "山西省")]
    [InlineData("盂县人民政府", "盂县")]
    [InlineData("阳泉市郊区人民政府", "阳泉市")]
    [InlineData("中共太原市委", "太原市")]
    [InlineData("中华人民共和国主席", "中华人民共和国")]
    [InlineData("国务院", "国务院")]
    [InlineData("", "")]
    public void An_issuer_belongs_to_the_jurisdiction_its_name_or_the_alias_table_gives(string issuer, string jurisdiction) =>
        Assert.Equal(jurisdiction, Jurisdictions.OfIssuer(issuer, SeedFacts.Tables));

    [Fact]
    public void The_same_name_appointed_by_two_cities_is_two_people()
    {
        var clusters = PersonClusters.Derive([Item(1, "阳政任字〔2023〕1号", "阳泉市人民政府", 10), Item(2, "并政任字〔2023〕1号", "太原市人民政府", 20)]);

        Assert.Equal(2, clusters.Count);
        Assert.All(clusters, c => Assert.Equal(MentionReason.OnlyMention, Assert.Single(c.Mentions).Reason));
        Assert.Equal(["阳泉市"], clusters[0].Jurisdictions);
        Assert.Equal(["太原市"], clusters[1].Jurisdictions);
    }

    [Fact]
    public void The_same_name_in_one_city_is_one_person_linked_by_name_only()
    {
        var clusters = PersonClusters.Derive([Item(1, "阳政任字〔2023〕1号", "阳泉市人民政府", 10), Item(2, "阳政任字〔2023〕5号", "阳泉市人民政府", 30)]);

        var person = Assert.Single(clusters);
        Assert.All(person.Mentions, m => Assert.Equal(MentionReason.NameInJurisdiction, m.Reason));
    }

    [Fact]
    public void A_removal_and_an_appointment_in_one_order_are_one_person_across_jurisdictions()
    {
        // Removed from a 太原 post and appointed to a 阳泉 one by a provincial order: the document links them, and the
        // removal links the 太原 appointment of the same post.
        var clusters = PersonClusters.Derive([
            Item(1, "并政任字〔2020〕1号", "太原市人民政府", 20),
            Item(2, "晋政任字〔2023〕1号", "山西省人民政府", 20),
            Item(3, "晋政任字〔2023〕1号", "山西省人民政府", 10),
            Item(4, "阳政任字〔2019〕9号", "阳泉市人民政府", 40)]);

        Assert.Equal(2, clusters.Count);
        var moved = clusters[0];
        Assert.Equal([1L, 2, 3], moved.Mentions.Select(m => m.Mention.RowId));
        Assert.Equal([MentionReason.HoldsPost, MentionReason.LinkedByDocument, MentionReason.LinkedByDocument], moved.Mentions.Select(m => m.Reason));
        Assert.Equal(["太原市", "山西省"], moved.Jurisdictions);
        Assert.Equal([4L], clusters[1].Mentions.Select(m => m.Mention.RowId));
    }

    [Fact]
    public void An_explicit_id_wins_over_every_rule()
    {
        var clusters = PersonClusters.Derive([
            Item(1, "阳政任字〔2023〕1号", "阳泉市人民政府", 10),
            Item(2, "阳政任字〔2023〕2号", "阳泉市人民政府", 10, named: 7),
            Item(3, "阳政任字〔2023〕3号", "阳泉市人民政府", 30, named: 7)]);

        Assert.Equal(2, clusters.Count);
        Assert.Null(clusters[0].ExplicitPerson);
        Assert.Equal(7, clusters[1].ExplicitPerson);
        Assert.All(clusters[1].Mentions, m => Assert.Equal(MentionReason.ExplicitId, m.Reason));
    }

    [Fact]
    public void Clusters_do_not_depend_on_the_order_mentions_are_given_in()
    {
        Mention[] mentions =
        [
            Item(1, "并政任字〔2020〕1号", "太原市人民政府", 20), Item(2, "晋政任字〔2023〕1号", "山西省人民政府", 20),
            Item(3, "晋政任字〔2023〕1号", "山西省人民政府", 10), Item(4, "阳政任字〔2019〕9号", "阳泉市人民政府", 40),
            Item(5, "阳政任字〔2021〕2号", "阳泉市人民政府", 50), Item(6, "忻政任字〔2021〕2号", "忻州市人民政府", 60),
        ];
        static string Shape(IReadOnlyList<PersonCluster> clusters) =>
            string.Join(" | ", clusters.Select(c => string.Join(",", c.Mentions.Select(m => $"{m.Mention.RowId}:{m.Reason}"))));
        var expected = Shape(PersonClusters.Derive(mentions));
        var random = new Random(20221);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(expected, Shape(PersonClusters.Derive(mentions.OrderBy(_ => random.Next()).ToList())));
        }
        Assert.Equal("1:HoldsPost,2:LinkedByDocument,3:LinkedByDocument | 4:NameInJurisdiction,5:NameInJurisdiction | 6:OnlyMention", expected);
    }
}
