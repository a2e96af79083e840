using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Time;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>
/// Starts and ends known only to the month or year (docs/time.md, imprecise dates): the span rules of <see cref="Tenure"/> and
/// <see cref="Officeholders.On"/>, the timeline's order of imprecise events, and how <see cref="OrderValidator"/> reads
/// google.type.Date's day 0 and month 0.
/// </summary>
public sealed class ImpreciseDateTests
{
    private static readonly Post Head = new("阳泉市能源局", "局长", PostRank.Head);
    private static readonly OrderValidator Validator = new(SeedFacts.Tables);

    private static PostEvent Event(OrderAction action, DateOnly first, DatePrecision precision, string person, int number) =>
        new(first, new DocumentNumber("阳政任字", first.Year, number), 0, action, person, null, false, false, false) { Precision = precision };

    private static Officeholders On(string iso, params Tenure[] tenures) => Officeholders.On(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), tenures);

    private static Tenure Derived(params PostEvent[] events) => Assert.Single(TenureTimeline.Derive(Head, events).Tenures);

    [Fact]
    public void A_start_known_only_to_the_month_is_unknown_inside_the_month_and_held_from_the_next()
    {
        var tenure = Derived(Event(OrderAction.Appoint, new(2021, 3, 1), DatePrecision.Month, "赵明远", 30));

        Assert.Equal((new DateOnly(2021, 3, 1), DatePrecision.Month, new DateOnly(2021, 4, 1)), (tenure.StartOn, tenure.StartPrecision, tenure.HeldFrom));
        Assert.Equal((Coverage.Unknown, 0), (On("2021-02-28", tenure).Coverage, On("2021-02-28", tenure).Uncertain.Count));
        foreach (var day in new[] { "2021-03-01", "2021-03-15", "2021-03-31" })
        {
            var answer = On(day, tenure);
            Assert.Equal(Coverage.Unknown, answer.Coverage);
            Assert.Empty(answer.Holders);
            Assert.Equal("赵明远", Assert.Single(answer.Uncertain).Person);
        }
        var held = On("2021-04-01", tenure);
        Assert.Equal((Coverage.Held, "赵明远", 0), (held.Coverage, Assert.Single(held.Holders).Person, held.Uncertain.Count));
    }

    [Fact]
    public void A_start_known_only_to_the_year_is_unknown_through_that_year()
    {
        var tenure = Derived(Event(OrderAction.Appoint, new(2021, 1, 1), DatePrecision.Year, "赵明远", 30));

        Assert.Equal(Coverage.Unknown, On("2021-12-31", tenure).Coverage);
        Assert.Single(On("2021-06-30", tenure).Uncertain);
        Assert.Equal(Coverage.Held, On("2022-01-01", tenure).Coverage);
    }

    [Fact]
    public void An_end_known_only_to_the_month_is_held_before_the_month_unknown_inside_it_and_vacant_after()
    {
        var tenure = Derived(Event(OrderAction.Appoint, new(2020, 5, 10), DatePrecision.Day, "赵明远", 30),
            Event(OrderAction.Remove, new(2021, 6, 1), DatePrecision.Month, "赵明远", 31));

        Assert.Equal((new DateOnly(2021, 6, 1), DatePrecision.Month, new DateOnly(2021, 7, 1)), (tenure.EndOn, tenure.EndPrecision, tenure.GoneFrom));
        Assert.Equal(Coverage.Held, On("2021-05-31", tenure).Coverage);
        Assert.Equal(Coverage.Unknown, On("2021-06-01", tenure).Coverage);
        Assert.Equal("赵明远", Assert.Single(On("2021-06-30", tenure).Uncertain).Person);
        Assert.Equal(Coverage.Vacant, On("2021-07-01", tenure).Coverage);
    }

    [Fact]
    public void An_end_known_only_to_the_year_is_unknown_through_that_year_then_vacant()
    {
        var tenure = Derived(Event(OrderAction.Appoint, new(2019, 5, 10), DatePrecision.Day, "赵明远", 30),
            Event(OrderAction.Remove, new(2021, 1, 1), DatePrecision.Year, "赵明远", 31));

        Assert.Equal(Coverage.Held, On("2020-12-31", tenure).Coverage);
        Assert.Equal(Coverage.Unknown, On("2021-09-09", tenure).Coverage);
        Assert.Equal(Coverage.Vacant, On("2022-01-01", tenure).Coverage);
    }

    [Fact]
    public void A_successor_held_for_certain_answers_held_and_the_predecessor_inside_an_imprecise_end_is_listed_as_uncertain()
    {
        var (tenures, _) = TenureTimeline.Derive(Head,
        [
            Event(OrderAction.Appoint, new(2019, 5, 10), DatePrecision.Day, "赵明远", 30),
            Event(OrderAction.Remove, new(2021, 3, 1), DatePrecision.Month, "赵明远", 31),
            Event(OrderAction.Appoint, new(2021, 3, 10), DatePrecision.Day, "钱立新", 32),
        ]);

        var answer = Officeholders.On(new DateOnly(2021, 3, 15), tenures);

        Assert.Equal(Coverage.Held, answer.Coverage);
        Assert.Equal("钱立新", Assert.Single(answer.Holders).Person);
        Assert.Equal("赵明远", Assert.Single(answer.Uncertain).Person);
    }

    [Fact]
    public void An_imprecise_event_sorts_at_the_first_day_of_its_span_after_that_days_precise_events()
    {
        // A removal dated 2021年3月 (number 1) and an appointment of the same person on 2021-03-01 (number 2): the day-precise
        // appointment comes first, so the month-precise removal closes it, whatever the document numbers say.
        var tenure = Derived(Event(OrderAction.Remove, new(2021, 3, 1), DatePrecision.Month, "赵明远", 1),
            Event(OrderAction.Appoint, new(2021, 3, 1), DatePrecision.Day, "赵明远", 2));

        Assert.Equal((new DateOnly(2021, 3, 1), DatePrecision.Day, new DateOnly(2021, 3, 1), DatePrecision.Month),
            (tenure.StartOn, tenure.StartPrecision, tenure.EndOn, tenure.EndPrecision));
    }

    [Theory]
    [InlineData(2021, 3, 0, "2021-03-01", DatePrecision.Month)]
    [InlineData(2021, 0, 0, "2021-01-01", DatePrecision.Year)]
    [InlineData(2021, 3, 15, "2021-03-15", DatePrecision.Day)]
    public void The_validator_reads_day_0_as_month_precision_and_month_0_as_year_precision(int year, int month, int day, string first, DatePrecision precision)
    {
        var order = Validator.Validate(Draft(new CalendarDate(year, month, day)));

        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), precision), (order.EffectiveOn, order.EffectivePrecision));
    }

    [Theory]
    [InlineData(2021, 0, 15, "day without a month")]
    [InlineData(2021, 13, 0, "not a month or year of the calendar")]
    [InlineData(1900, 0, 0, "outside the dates an order can bear")]
    public void A_precision_that_contradicts_the_date_is_refused_on_effective_on(int year, int month, int day, string says)
    {
        var error = Assert.Throws<InvalidInputException>(() => Validator.Validate(Draft(new CalendarDate(year, month, day))));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("order.effective_on", violation.Field);
        Assert.Contains(says, violation.Description);
    }

    private static OrderDraft Draft(CalendarDate effectiveOn) => new()
    {
        DocumentNumber = "阳政任字〔2021〕30号",
        Issuer = "阳泉市人民政府",
        EffectiveOn = effectiveOn,
        Items = [new OrderItemDraft { Action = OrderAction.Appoint, Person = "赵明远", Organization = "市能源局", Title = "局长" }],
    };
}
