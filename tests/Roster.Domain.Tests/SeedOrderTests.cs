using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>The four seed orders (seed-facts.yaml, <c>orders</c>) through <see cref="OrderValidator"/> and <see cref="OrderTitle"/>.</summary>
public sealed class SeedOrderTests
{
    private static readonly OrderValidator Validator = new(SeedFacts.Tables);

    public static TheoryData<SeedRow<OrderFact>> Orders => SeedRow<OrderFact>.All();

    [Theory]
    [MemberData(nameof(Orders))]
    public void Validated_seed_order_has_the_facts_number_issuer_title_decision_and_dates(SeedRow<OrderFact> row)
    {
        var fact = row.Fact;

        var order = Validator.Validate(fact.ToDraft());

        Assert.Equal(fact.DocumentNumber, order.DocumentNumber.ToString());
        Assert.Equal(fact.Issuer, order.Issuer);
        Assert.Equal(fact.Title, order.Title);
        Assert.Equal(fact.DecisionBody, order.DecisionBody);
        Assert.Equal(SeedFacts.Date(fact.DecidedOn), order.DecidedOn);
        Assert.Equal(SeedFacts.Date(fact.IssuedOn), order.IssuedOn);
        // The draft carries no explicit effective date: the validator must fall back to the decision date.
        Assert.Equal(SeedFacts.Date(fact.EffectiveOn), order.EffectiveOn);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Validated_seed_order_has_the_facts_items_in_printed_order(SeedRow<OrderFact> row)
    {
        var fact = row.Fact;

        var order = Validator.Validate(fact.ToDraft());

        Assert.Equal(fact.Items.Count, order.Items.Count);
        for (var i = 0; i < fact.Items.Count; i++)
        {
            var expected = fact.Items[i];
            var actual = order.Items[i];
            Assert.Equal(i, actual.Position);
            Assert.Equal(Enum.Parse<OrderAction>(expected.Action, ignoreCase: true), actual.Action);
            Assert.Equal(expected.Person, actual.Person);
            Assert.Equal(expected.Organization, actual.Post.Organization);
            Assert.Equal(expected.Title, actual.Post.Title);
            Assert.Equal(expected.Probation, actual.Probation?.ToString());
            Assert.Equal(expected.RetainsRank, actual.RetainsRank);
        }
    }

    /// <summary>Ranks read by hand from docs/model.md (局 -> 局长, 中心/管委会 -> 主任, 联合会 -> 理事长, 支队 -> 支队长; 副… is DEPUTY).</summary>
    public static TheoryData<string, string, PostRank> SeedPostRanks => new()
    {
        { "阳泉市公安局", "局长", PostRank.Head },
        { "阳泉市公安局", "副局长", PostRank.Deputy },
        { "阳泉市公安局国内安全保卫支队", "支队长", PostRank.Head },
        { "阳泉市公安局治安管理支队", "支队长", PostRank.Head },
        { "阳泉高新技术产业园区管理服务中心", "主任", PostRank.Head },
        { "阳泉市体育局", "副局长", PostRank.Deputy },
        { "盂县经济技术开发区管委会", "主任", PostRank.Head },
        { "阳泉市残疾人联合会", "副理事长", PostRank.Deputy },
    };

    [Theory]
    [MemberData(nameof(SeedPostRanks))]
    public void Seed_post_has_the_rank_its_title_has_in_that_kind_of_organisation(string organization, string title, PostRank rank)
    {
        var posts = Ledger.Seed.Orders.SelectMany(o => o.Items).Select(i => i.Post)
            .Where(p => p.Organization == organization && p.Title == title).Distinct().ToList();

        var post = Assert.Single(posts);
        Assert.Equal(rank, post.Rank);
    }

    [Fact]
    public void Rank_table_above_covers_every_seed_post()
    {
        var seedPosts = SeedFacts.Current.Orders.SelectMany(o => o.Items).Select(i => (i.Organization, i.Title)).ToHashSet();
        var tabled = SeedPostRanks.Select(r => ((string)r[0], (string)r[1])).ToHashSet();

        Assert.Equal(seedPosts.Order(), tabled.Order());
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Title_derived_from_the_items_is_the_printed_title(SeedRow<OrderFact> row)
    {
        var fact = row.Fact;
        var items = fact.Items.Select(i => (i.Person, Enum.Parse<OrderAction>(i.Action, ignoreCase: true))).ToList();

        Assert.Equal(fact.Title, OrderTitle.For(fact.Issuer, items));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Validator_derives_the_printed_title_when_the_draft_has_none(SeedRow<OrderFact> row)
    {
        var fact = row.Fact;

        var order = Validator.Validate(fact.ToDraft() with { Title = null });

        Assert.Equal(fact.Title, order.Title);
    }

    [Fact]
    public void Derived_titles_with_their_document_numbers_are_the_gazette_contents_listing()
    {
        var derived = SeedFacts.Current.Orders
            .Select(f => Validator.Validate(f.ToDraft() with { Title = null }))
            .Select(o => $"{o.Title}（{o.DocumentNumber}）");

        Assert.Equal(SeedFacts.Current.ListingTitles, derived);
    }

    [Fact]
    public void Order_typed_as_printed_canonicalises_padded_name_short_organisation_and_bracket_spelling()
    {
        var fact = SeedFacts.Current.Orders.Single(o => o.DocumentNumber == "阳政任字〔2022〕1号");
        var draft = fact.ToDraft();
        // As the gazette prints item 2: "岳 江为阳泉市公安局国内安全保卫支队支队长"; a clerk writes 市公安局… and [2022].
        var printed = draft with
        {
            DocumentNumber = "阳政任字[2022]1号",
            Items = draft.Items.Select((item, i) => i == 1 ? item with { Person = "岳 江", Organization = "市公安局国内安全保卫支队" } : item).ToList(),
        };

        Assert.Equal(Validator.Validate(draft), Validator.Validate(printed), OrderContent.Comparer);
    }

    [Fact]
    public void Misread_county_in_order_4_names_the_same_post_order_3_removed_zhang_wutai_from()
    {
        var order3 = SeedFacts.Current.Orders.Single(o => o.DocumentNumber == "阳政任字〔2022〕3号");
        var order4 = SeedFacts.Current.Orders.Single(o => o.DocumentNumber == "阳政任字〔2022〕4号");
        var draft = order4.ToDraft();
        // Line 2575 of the gazette prints 孟县经济技术开发区管委会 (PDF extraction of 盂县).
        var asPrinted = draft with { Items = [draft.Items[0] with { Organization = "孟县经济技术开发区管委会" }] };
        var removal = order3.Items.Single(i => i.Person == "张五太" && i.Action == "REMOVE");

        var appointed = Validator.Validate(asPrinted).Items[0].Post;

        Assert.Equal(removal.Organization, appointed.Organization);
        Assert.Equal(removal.Title, appointed.Title);
        Assert.Equal(Validator.Validate(order3.ToDraft()).Items.Single(i => i.Person == "张五太" && i.Action == OrderAction.Remove).Post, appointed);
    }
}
