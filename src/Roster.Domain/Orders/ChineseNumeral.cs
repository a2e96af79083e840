namespace Roster.Domain.Orders;

/// <summary>Counts written as gazettes write them in titles: 二, 四, 十, 十二, 二十一.</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The numeral for 1..99; larger counts fall back to Arabic digits.</summary>
    public static string For(int n) => n switch
    {
        >= 0 and < 10 => Digits[n].ToString(),
        10 => "十",
        > 10 and < 20 => "十" + Digits[n % 10],
        >= 20 and < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
