using Roster.Domain.Orders;

namespace Roster.Domain.Tests;

/// <summary><see cref="ChineseNumeral"/> and <see cref="OrderTitle"/>: gazette title conventions (docs/orders.md).</summary>
public sealed class OrderTitleTests
{
    private const string Issuer = "阳泉市人民政府";

    [Theory]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(4, "四")]
    [InlineData(10, "十")]
    [InlineData(14, "十四")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "100")]   // beyond 99: Arabic digits
    public void Count_is_written_in_Chinese_numerals(int n, string numeral)
    {
        Assert.Equal(numeral, ChineseNumeral.For(n));
    }

    [Fact]
    public void One_person_appointed_only_is_a_任职_notice()
    {
        Assert.Equal("阳泉市人民政府关于段拥军任职的通知", OrderTitle.For(Issuer, [("段拥军", OrderAction.Appoint)]));
    }

    [Fact]
    public void Several_persons_appointed_only_are_counted_in_a_任职_notice()
    {
        Assert.Equal("阳泉市人民政府关于甲等二人任职的通知",
            OrderTitle.For(Issuer, [("甲", OrderAction.Appoint), ("乙", OrderAction.Engage)]));
    }

    [Fact]
    public void Removals_only_make_a_免职_notice()
    {
        Assert.Equal("阳泉市人民政府关于靳润喜免职的通知", OrderTitle.For(Issuer, [("靳润喜", OrderAction.Remove)]));
        Assert.Equal("阳泉市人民政府关于甲等二人免职的通知",
            OrderTitle.For(Issuer, [("甲", OrderAction.Remove), ("乙", OrderAction.Dismiss)]));
    }

    [Fact]
    public void A_person_appointed_and_removed_is_counted_once_and_named_first_by_first_mention()
    {
        // Order 3: 张五太 is appointed (item 0) and removed (item 2): three persons, not four.
        Assert.Equal("阳泉市人民政府关于张五太等三人任免职务的通知", OrderTitle.For(Issuer,
            [("张五太", OrderAction.Appoint), ("张亚辉", OrderAction.Appoint), ("张五太", OrderAction.Remove), ("史向中", OrderAction.Remove)]));
        Assert.Equal("阳泉市人民政府关于甲任免职务的通知", OrderTitle.For(Issuer, [("甲", OrderAction.Appoint), ("甲", OrderAction.Remove)]));
    }

    [Fact]
    public void Twelve_persons_are_十二人()
    {
        var items = Enumerable.Range(0, 12).Select(i => ($"人{ChineseNumeral.For(i + 1)}", OrderAction.Appoint)).ToList();

        Assert.Equal("阳泉市人民政府关于人一等十二人任职的通知", OrderTitle.For(Issuer, items));
    }
}
