using Roster.Domain.Errors;
using Roster.Domain.People;

namespace Roster.Domain.Tests.People;

/// <summary>Judgements, merges and review items (<see cref="PersonMerges"/>, <see cref="JudgementRules"/>,
/// <see cref="ReviewItems"/>): the two 王平 of 阳泉 (people/3) and 太原 (people/8) of docs/identity.md.</summary>
public sealed class JudgementTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly PersonFacts Yangquan = new(3, "王平", ["阳泉市"]);
    private static readonly PersonFacts Taiyuan = new(8, "王平", ["太原市"]);
    private static readonly PersonFacts Xinzhou = new(11, "王平", ["忻州市"]);

    private static Judgement J(long id, long a, long b, Verdict verdict) => new(id, a, b, verdict, T0.AddMinutes(id));

    [Fact]
    public void Two_people_of_one_name_in_two_cities_are_a_possible_same_person()
    {
        var item = Assert.Single(ReviewItems.Among([Yangquan, Taiyuan], PersonMerges.From([])));
        Assert.Equal((ReviewItem.PossibleSamePerson, "王平", 3L, 8L, false), (item.Kind, item.Name, item.First, item.Second, item.JudgedUnsure));
        Assert.Equal(["阳泉市"], item.FirstJurisdictions);
        Assert.Equal(["太原市"], item.SecondJurisdictions);
    }

    [Fact]
    public void Different_clears_the_item_unsure_keeps_it_marked()
    {
        Assert.Empty(ReviewItems.Among([Yangquan, Taiyuan], PersonMerges.From([J(1, 8, 3, Verdict.Different)])));
        Assert.True(Assert.Single(ReviewItems.Among([Yangquan, Taiyuan], PersonMerges.From([J(1, 3, 8, Verdict.Unsure)]))).JudgedUnsure);
    }

    [Fact]
    public void Same_merges_under_the_lower_id_and_a_later_different_undoes_it()
    {
        var merged = PersonMerges.From([J(1, 8, 3, Verdict.Same)]);
        Assert.Equal(3, merged.SurvivorOf(8));
        Assert.Equal([3L, 8], merged.MembersOf(3));
        Assert.Empty(ReviewItems.Among([Yangquan, Taiyuan], merged));

        var undone = PersonMerges.From([J(1, 8, 3, Verdict.Same), J(2, 3, 8, Verdict.Different)]);
        Assert.Equal(8, undone.SurvivorOf(8));
        Assert.Empty(ReviewItems.Among([Yangquan, Taiyuan], undone));
        // As recorded before the DIFFERENT, they were one.
        Judgement[] both = [J(1, 8, 3, Verdict.Same), J(2, 3, 8, Verdict.Different)];
        Assert.Equal(3, PersonMerges.From(both.Where(j => j.RecordedAt <= T0.AddMinutes(1))).SurvivorOf(8));
    }

    [Fact]
    public void Same_is_transitive_and_a_third_city_is_asked_about_the_merged_person_once()
    {
        var merges = PersonMerges.From([J(1, 3, 8, Verdict.Same)]);
        var item = Assert.Single(ReviewItems.Among([Yangquan, Taiyuan, Xinzhou], merges));
        Assert.Equal((3L, 11L), (item.First, item.Second));
        Assert.Equal(["太原市", "阳泉市"], item.FirstJurisdictions);
    }

    [Fact]
    public void A_person_judged_with_itself_is_invalid_argument_naming_second()
    {
        var error = Assert.Throws<InvalidInputException>(() => JudgementRules.Check(J(1, 3, 3, Verdict.Same), Yangquan, Yangquan, []));
        Assert.Equal(JudgementRules.SelfReason, error.Reason);
        Assert.Equal("second", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void An_unknown_or_document_redirected_id_is_a_failed_precondition_naming_the_field()
    {
        var unknown = Assert.Throws<PreconditionFailedException>(() => JudgementRules.Check(J(1, 3, 99, Verdict.Same), Yangquan, null, []));
        Assert.Equal((JudgementRules.UnknownReason, "second"), (unknown.Reason, Assert.Single(unknown.Violations).Subject));
        var redirected = Assert.Throws<PreconditionFailedException>(() =>
            JudgementRules.Check(J(1, 9, 8, Verdict.Same), new PersonFacts(9, "王平", ["阳泉市"], RedirectsTo: 3), Taiyuan, []));
        Assert.Equal((JudgementRules.RetiredReason, "first"), (redirected.Reason, Assert.Single(redirected.Violations).Subject));
        Assert.Contains("people/3", redirected.Message);
    }

    [Fact]
    public void Different_about_two_people_joined_through_a_third_names_the_pairs_to_undo()
    {
        var recorded = new[] { J(1, 3, 8, Verdict.Same), J(2, 8, 11, Verdict.Same) };
        var error = Assert.Throws<PreconditionFailedException>(() => JudgementRules.Check(J(3, 3, 11, Verdict.Different), Yangquan, Xinzhou, recorded));
        Assert.Equal(JudgementRules.StillJoinedReason, error.Reason);
        // Undoing a pair that was judged SAME directly is fine.
        JudgementRules.Check(J(3, 8, 11, Verdict.Different), Taiyuan, Xinzhou, recorded);
    }

    [Theory]
    [InlineData("people/17", true, 17)]
    [InlineData("people/0", false, 0)]
    [InlineData("people/017", false, 0)]
    [InlineData("people/-3", false, 0)]
    [InlineData("people/", false, 0)]
    [InlineData("王平", false, 0)]
    [InlineData("people/99999999999999999999", false, 0)]
    public void A_person_id_is_the_resource_name_people_slash_a_positive_number(string text, bool parses, long value)
    {
        Assert.Equal(parses, PersonId.TryParse(text, out var id));
        Assert.Equal(value, id.Value);
        if (parses) Assert.Equal(text, id.ToString());
    }
}
