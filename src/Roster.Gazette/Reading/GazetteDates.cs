using System.Globalization;
using System.Text.RegularExpressions;
using Roster.Domain.Time;

namespace Roster.Gazette.Reading;

/// <summary>Dates as gazettes print them, in compact text: <c>2022年1月30日</c>. The parts are taken as printed
/// (a <see cref="CalendarDate"/> may not exist; the order validator says so).</summary>
internal static partial class GazetteDates
{
    /// <summary>The date written by the year, month and day groups of a match of <see cref="DatePattern"/> or
    /// <see cref="ReducedDatePattern"/>: a missing day or month is 0, as google.type.Date writes a date known only to the month
    /// or year (docs/time.md, imprecise dates).</summary>
    public static CalendarDate From(Match match) => new(Part(match, "y"), Part(match, "m"), Part(match, "d"));

    private static int Part(Match match, string name) =>
        match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

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

    /// <summary>A date that may stop at the month (2021年3月) or the year (2021年), as an effective date may be printed.</summary>
    public const string ReducedDatePattern = "(?<y>[0-9]{4})年(?:(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?)?";

    [GeneratedRegex("^(?<sig>[^0-9]*)" + DatePattern + "$")]
    private static partial Regex DateLine();
}
