using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Google.Type;

namespace Roster.Cli;

/// <summary>
/// Calendar dates as the CLI reads and writes them: ISO <c>YYYY-MM-DD</c> text on the command line and
/// in order files, <see cref="Date"/> (google.type.Date) on the wire.
/// </summary>
public static partial class Dates
{
    /// <summary>The only accepted form on the command line, as shown in messages.</summary>
    public const string Pattern = "YYYY-MM-DD";

    /// <summary>The forms accepted in order files, as shown in messages: a day, or a date known only to the month or year
    /// (docs/time.md, imprecise dates), in ISO or as the gazette prints it.</summary>
    public const string OrderFilePattern = "YYYY-MM-DD, YYYY-MM or YYYY (or 2021年3月15日, 2021年3月, 2021年)";

    /// <summary>
    /// Reads <c>YYYY-MM-DD</c> by syntax only: four digits, two digits, two digits. Whether the date exists is
    /// not checked, so <c>2022-02-30</c> becomes <c>Date{2022, 2, 30}</c> and the server reports it.
    /// </summary>
    public static bool TryParseSyntax(string? text, [NotNullWhen(true)] out Date? date)
    {
        date = null;
        if (text is null) return false;
        var match = IsoPattern().Match(text.Trim());
        if (!match.Success) return false;
        date = new Date
        {
            Year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture),
            Month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
            Day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture),
        };
        return true;
    }

    /// <summary>
    /// Reads a date of an order file by syntax only: <c>YYYY-MM-DD</c>, or a date known only to the month (<c>YYYY-MM</c>,
    /// <c>2021年3月</c>: day 0, as google.type.Date writes it) or the year (<c>YYYY</c>, <c>2021年</c>: month and day 0), or
    /// a day as the gazette prints it (<c>2021年3月15日</c>). The server judges whether it exists.
    /// </summary>
    public static bool TryParseOrderDate(string? text, [NotNullWhen(true)] out Date? date)
    {
        if (TryParseSyntax(text, out date)) return true;
        date = null;
        if (text is null) return false;
        var match = ReducedPattern().Match(text.Trim());
        if (!match.Success) return false;
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        date = new Date { Year = Part("y"), Month = Part("m"), Day = Part("d") };
        return true;
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> and requires a date of the calendar (<c>2022-02-30</c> fails).</summary>
    public static bool TryParseCalendarDate(string? text, [NotNullWhen(true)] out Date? date)
    {
        date = null;
        if (!TryParseSyntax(text, out var candidate)) return false;
        if (candidate.Year < 1 || candidate.Month is < 1 or > 12) return false;
        if (candidate.Day < 1 || candidate.Day > System.DateTime.DaysInMonth(candidate.Year, candidate.Month)) return false;
        date = candidate;
        return true;
    }

    /// <summary>The <c>YYYY-MM-DD</c> form of <paramref name="date"/>, or null when it is unset. A date known only to the month
    /// (day 0) or the year (month and day 0) is printed as the gazette prints it: <c>2021年3月</c>, <c>2021年</c>.</summary>
    public static string? Format(Date? date) => date switch
    {
        null => null,
        { Day: 0, Month: > 0 } => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月"),
        { Day: 0, Month: 0 } => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}"),
    };

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$")]
    private static partial Regex IsoPattern();

    // 2021-03, 2021, 2021年3月, 2021年, 2021年3月15日; [0-9], not \d, so other scripts' digits are refused, not thrown on.
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})(?:-(?<m>[0-9]{2}))?|(?<y>[0-9]{4})年(?:(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?)?)$")]
    private static partial Regex ReducedPattern();
}
