using Roster.Domain.Orders;
using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary>The parser against the hand-read truth of the seed gazette (seed-facts.yaml, <c>orders</c>).</summary>
public class SeedGazetteTests
{
    public static TheoryData<int> SeedOrderIndices()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < SeedFacts.Current.Orders.Count; i++) data.Add(i);
        return data;
    }

    [Fact]
    public void Reading_the_seed_gazette_yields_exactly_the_seed_orders_in_text_order()
    {
        var numbers = SeedGazette.Result.Notices.Select(n => n.Draft.DocumentNumber).ToList();

        Assert.Equal(SeedFacts.Current.Orders.Select(o => o.DocumentNumber), numbers);
    }

    [Theory]
    [MemberData(nameof(SeedOrderIndices))]
    public void Seed_notice_reads_as_its_hand_read_order(int index)
    {
        var fact = SeedFacts.Current.Orders[index];
        var draft = SeedGazette.Result.Notices.Single(n => n.Draft.DocumentNumber == fact.DocumentNumber).Draft;

        Assert.Equal(fact.Issuer, draft.Issuer);
        Assert.Equal(fact.Title, draft.Title);
        Assert.Equal(fact.DecisionBody, draft.DecisionBody);
        Assert.Equal(fact.DecidedOn, draft.DecidedOn?.ToString());
        Assert.Equal(fact.IssuedOn, draft.IssuedOn?.ToString());
        Assert.Null(draft.EffectiveOn);
        Assert.Equal(new OrderSource(SeedGazette.Name, fact.Lines[0], fact.Lines[1], null), draft.Source);
        Assert.Equal(
            fact.Items.Select(i => (i.Action, i.Person, i.Organization, i.Title, i.Probation, i.RetainsRank)),
            draft.Items.Select(i => (i.Action?.ToString().ToUpperInvariant() ?? "", i.Person ?? "", i.Organization ?? "", i.Title ?? "", i.Probation, i.RetainsRank)));
    }

    [Theory]
    [MemberData(nameof(SeedOrderIndices))]
    public void Seed_notice_validates_and_takes_effect_on_the_hand_read_date(int index)
    {
        var fact = SeedFacts.Current.Orders[index];
        var draft = SeedGazette.Result.Notices.Single(n => n.Draft.DocumentNumber == fact.DocumentNumber).Draft;

        var order = new OrderValidator(SeedFacts.Tables).Validate(draft);

        Assert.Equal(SeedFacts.Date(fact.EffectiveOn), order.EffectiveOn);
        Assert.Equal(fact.DocumentNumber, order.DocumentNumber.ToString());
        Assert.Equal(fact.Title, order.Title);
    }

    [Fact]
    public void Seed_notices_have_no_diagnostics()
    {
        Assert.All(SeedGazette.Result.Notices, n => Assert.Empty(n.Diagnostics));
        Assert.True(SeedGazette.Result.IsClean);
    }

    [Fact]
    public void The_rest_of_the_seed_gazette_yields_no_orders()
    {
        // Blank every line of the four notices, keeping the numbering; what remains holds regulations, plans,
        // a leading-group roster and the table of contents with the same four titles.
        var lines = SeedGazette.Lines;
        foreach (var fact in SeedFacts.Current.Orders)
        {
            for (var n = fact.Lines[0]; n <= fact.Lines[1]; n++) lines[n - 1] = "";
        }

        var result = SeedGazette.Parser.Read(string.Join('\n', lines), SeedGazette.Name);

        Assert.Empty(result.Notices);
    }

    [Fact]
    public void The_table_of_contents_is_not_read_as_notices()
    {
        var contents = string.Join('\n', SeedGazette.Lines[..64]); // lines 1-64: cover and contents, 【人事任免】 at 59-63

        var result = SeedGazette.Parser.Read(contents, SeedGazette.Name);

        Assert.Empty(result.Notices);
    }
}
