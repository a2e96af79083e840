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
    /// <summary>The only accepted form, as shown in messages.</summary>
    public const string Pattern = "YYYY-MM-DD";

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

    /// <summary>The <c>YYYY-MM-DD</c> form of <paramref name="date"/>, or null when it is unset.</summary>
    public static string? Format(Date? date) =>
        date is null ? null : string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$")]
    private static partial Regex IsoPattern();
}
