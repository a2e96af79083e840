using System.Globalization;
using System.Text.RegularExpressions;
using Roster.Domain.Time;

namespace Roster.Gazette.Reading;

/// <summary>Dates as gazettes print them, in compact text: <c>2022年1月30日</c>. The parts are taken as printed
/// (a <see cref="CalendarDate"/> may not exist; the order validator says so).</summary>
internal static partial class GazetteDates
{
    /// <summary>The date written by the year, month and day groups of a match of <see cref="DatePattern"/>.</summary>
    public static CalendarDate From(Match match) => new(
        int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture),
        int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
        int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));

    /// <summary>Reads a line that is only a date, or an office followed by a date
    /// ("阳泉市人民政府2022年2月15日": signature and date extracted onto one line).</summary>
    /// <param name="compact">The compact line.</param>
    /// <param name="date">The date.</param>
    /// <param name="signature">The text before the date; empty when the line is only a date.</param>
    public static bool TryReadDateLine(string compact, out CalendarDate date, out string signature)
    {
        date = default;
        signature = "";
        if (compact.Length > 60) return false;
        var match = DateLine().Match(compact);
        if (!match.Success) return false;
        signature = match.Groups["sig"].Value;
        if (signature.Length > 0 && !IssuerText.LooksLikeOffice(signature)) return false;
        date = From(match);
        return true;
    }

    /// <summary>Year, month and day in ASCII digits (NFKC folds full-width ones; other scripts' digits are not dates).</summary>
    public const string DatePattern = "(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日";

    [GeneratedRegex("^(?<sig>[^0-9]*)" + DatePattern + "$")]
    private static partial Regex DateLine();
}
