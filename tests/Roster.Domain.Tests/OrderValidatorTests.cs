using Roster.Domain.Errors;
using Roster.Domain.Orders;
using Roster.Domain.Tests.Support;
using Roster.Domain.Time;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>
/// Bad input to <see cref="OrderValidator"/>: each fault is reported as an <see cref="InvalidInputException"/>
/// naming the exact request field (<c>order.items[1].person</c>), and several faults are reported together.
/// Drafts are seed order 1 (赵海金等四人, four items) with one thing broken.
/// </summary>
public sealed class OrderValidatorTests
{
    private static readonly OrderValidator Validator = new(SeedFacts.Tables);

    private static OrderDraft Order1 => SeedFacts.Current.Orders.Single(o => o.DocumentNumber == "阳政任字〔2022〕1号").ToDraft();

    private static OrderDraft WithItem(OrderDraft draft, int index, Func<OrderItemDraft, OrderItemDraft> change) =>
        draft with { Items = draft.Items.Select((item, i) => i == index ? change(item) : item).ToList() };

    private static string[] FieldsRejectedIn(OrderDraft draft, string prefix = "order")
    {
        var error = Assert.Throws<InvalidInputException>(() => Validator.Validate(draft, prefix));
        Assert.Equal(OrderValidator.InvalidReason, error.Reason);
        Assert.All(error.Violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
        return error.Violations.Select(v => v.Field).ToArray();
    }

    [Fact]
    public void An_order_over_the_item_limit_says_its_count_of_invalid_fields_is_a_lower_bound()
    {
        var item = Order1.Items[0] with { Person = "" };
        var error = Assert.Throws<InvalidInputException>(() => Validator.Validate(Order1 with { Items = Enumerable.Repeat(item, 20_000).ToList() }));

        Assert.Equal($"the order has at least 501 invalid fields (items after the {OrderValidator.MaxItems}th were not checked)", error.Message);
    }

    [Fact]
    public void Seed_order_1_as_drafted_is_valid()
    {
        Assert.Equal(4, Validator.Validate(Order1).Items.Count);
    }

    [Fact]
    public void An_empty_date_is_reported_as_missing_not_as_year_0000()
    {
        var error = Assert.Throws<InvalidInputException>(() => Validator.Validate(Order1 with { DecidedOn = new CalendarDate(0, 0, 0) }));

        var violation = Assert.Single(error.Violations);
        Assert.Equal(("order.decided_on", "the date is empty (year, month and day are 0): give it, or leave the field out"), (violation.Field, violation.Description));
    }

    [Theory]
    [InlineData(1, 1, 1, "order.decided_on")]
    [InlineData(9999, 12, 30, "order.decided_on")]
    [InlineData(1949, 9, 30, "order.decided_on")]
    [InlineData(2100, 1, 1, "order.decided_on")]
    public void A_date_no_gazette_order_can_bear_is_reported_at_its_field(int year, int month, int day, string field)
    {
        var draft = Order1 with { DecidedOn = new CalendarDate(year, month, day), IssuedOn = null };
        Assert.Equal([field], FieldsRejectedIn(draft));
    }

    [Fact]
    public void The_first_and_last_dates_an_order_can_bear_are_accepted()
    {
        Assert.Equal(new DateOnly(1949, 10, 1), Validator.Validate(Order1 with { DecidedOn = new CalendarDate(1949, 10, 1), IssuedOn = null }).DecidedOn);
        Assert.Equal(new DateOnly(2099, 12, 31), Validator.Validate(Order1 with { DecidedOn = new CalendarDate(2099, 12, 31), IssuedOn = null }).DecidedOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]      // an ideographic (full-width) space
    [InlineData(" \t\n ")]
    public void Empty_or_blank_person_is_reported_at_that_items_person(string? person)
    {
        var draft = WithItem(Order1, 1, i => i with { Person = person });

        Assert.Equal(["order.items[1].person"], FieldsRejectedIn(draft));
    }

    [Theory]
    [InlineData("赵海金1")]
    [InlineData("赵海金\u200b")]   // a zero-width space: invisible, so no published name has it
    public void Person_name_with_a_digit_or_invisible_character_is_reported_at_that_items_person(string person)
    {
        var draft = WithItem(Order1, 0, i => i with { Person = person });

        Assert.Equal(["order.items[0].person"], FieldsRejectedIn(draft));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(99)]
    public void Missing_or_unknown_action_is_reported_at_that_items_action(int? action)
    {
        var draft = WithItem(Order1, 2, i => i with { Action = (OrderAction?)action });

        Assert.Equal(["order.items[2].action"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Unknown_action_on_an_item_with_a_probation_is_reported_at_the_action_only()
    {
        // Item 1 is 岳江's appointment with probation P1Y; with an unknown action nothing is known about the probation.
        var draft = WithItem(Order1, 1, i => i with { Action = (OrderAction)99 });

        Assert.Equal(["order.items[1].action"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Impossible_decision_date_2022_02_30_is_reported_at_decided_on()
    {
        var draft = Order1 with { DecidedOn = new CalendarDate(2022, 2, 30) };

        Assert.Equal(["order.decided_on"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Impossible_issue_and_effective_dates_are_reported_at_their_own_fields()
    {
        var draft = Order1 with { IssuedOn = new CalendarDate(2022, 13, 1), EffectiveOn = new CalendarDate(2021, 2, 29) };

        Assert.Equal(["order.issued_on", "order.effective_on"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Issue_date_before_the_decision_date_is_reported_at_issued_on()
    {
        var draft = Order1 with { IssuedOn = new CalendarDate(2022, 1, 11) };

        Assert.Equal(["order.issued_on"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Order_without_any_date_is_reported_at_issued_on()
    {
        var draft = Order1 with { DecidedOn = null, IssuedOn = null, EffectiveOn = null };

        Assert.Equal(["order.issued_on"], FieldsRejectedIn(draft));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("阳政任字")]
    [InlineData("阳政任字〔2022〕")]
    [InlineData("阳政任字〔22〕1号")]
    [InlineData("阳政任字〔2022〕0号")]
    [InlineData("2022〕1号")]
    [InlineData("第1号")]
    [InlineData("阳政任字〔٢٠٢٢〕1号")]   // Arabic-Indic digits: a violation, not a FormatException
    public void Malformed_document_number_is_reported_at_document_number(string? number)
    {
        var draft = Order1 with { DocumentNumber = number };

        Assert.Equal(["order.document_number"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Item_with_neither_organisation_nor_title_is_reported_once_at_its_organization()
    {
        var draft = WithItem(Order1, 0, i => i with { Organization = null, Title = " " });

        Assert.Equal(["order.items[0].organization"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Item_with_an_organisation_but_no_title_is_reported_at_its_title()
    {
        var draft = WithItem(Order1, 3, i => i with { Title = "" });

        Assert.Equal(["order.items[3].title"], FieldsRejectedIn(draft));
    }

    [Theory]
    [InlineData("1 year")]
    [InlineData("一年")]
    [InlineData("P")]
    [InlineData("P0D")]
    [InlineData("P11Y")]
    [InlineData("P1Y2")]
    [InlineData("P١Y")]
    public void Probation_that_is_not_an_ISO_period_of_at_most_ten_years_is_reported_at_that_items_probation(string probation)
    {
        var draft = WithItem(Order1, 1, i => i with { Probation = probation });

        Assert.Equal(["order.items[1].probation"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Probation_on_a_removal_is_reported_at_that_items_probation()
    {
        var draft = WithItem(Order1, 3, i => i with { Probation = "P1Y" });

        Assert.Equal(["order.items[3].probation"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Order_without_items_is_reported_at_items()
    {
        var draft = Order1 with { Items = [] };

        Assert.Equal(["order.items"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void The_same_item_twice_is_reported_at_the_second_one()
    {
        var draft = Order1 with { Items = [Order1.Items[0], Order1.Items[1], Order1.Items[0] with { Person = "赵 海金" }] };

        Assert.Equal(["order.items[2]"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Appointing_and_then_removing_one_person_from_one_post_in_one_order_is_reported_at_the_removal()
    {
        var appointment = Order1.Items[0];
        var removal = appointment with { Action = OrderAction.Remove, Probation = null };
        var draft = Order1 with { Items = [appointment, Order1.Items[1], removal] };

        var error = Assert.Throws<InvalidInputException>(() => Validator.Validate(draft));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("order.items[2]", violation.Field);
        Assert.StartsWith($"items[0] appoints {appointment.Person} as ", violation.Description);
        Assert.EndsWith("the tenure would be empty; give the removal its own order", violation.Description);
        // Removed and then appointed again is a re-appointment; another person removed from the post is the ordinary succession.
        Assert.Equal(3, Validator.Validate(Order1 with { Items = [removal, Order1.Items[1], appointment] }).Items.Count);
        Assert.Equal(3, Validator.Validate(Order1 with { Items = [appointment, Order1.Items[1], removal with { Person = "石建军" }] }).Items.Count);
    }

    [Fact]
    public void Missing_issuer_is_reported_at_issuer()
    {
        var draft = Order1 with { Issuer = "  " };

        Assert.Equal(["order.issuer"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void Several_faults_are_all_reported_at_once()
    {
        var draft = WithItem(WithItem(Order1, 1, i => i with { Person = " " }), 2, i => i with { Action = null, Probation = "1 year" })
            with
            {
                DocumentNumber = "阳政任字",
                DecidedOn = new CalendarDate(2022, 2, 30),
            };

        var fields = FieldsRejectedIn(draft);

        Assert.Equal(
            ["order.document_number", "order.decided_on", "order.items[1].person", "order.items[2].action", "order.items[2].probation"],
            fields);
    }

    [Fact]
    public void Field_paths_start_with_the_prefix_the_caller_gives()
    {
        var draft = WithItem(Order1, 1, i => i with { Person = "" });

        Assert.Equal(["orders[3].items[1].person"], FieldsRejectedIn(draft, "orders[3]"));
    }
}
