using System.CommandLine;
using Google.Type;

namespace Roster.Cli.Commands;

/// <summary>A date option such as <c>--on 2022-01-29</c>: strictly <c>YYYY-MM-DD</c> and a real calendar date.</summary>
public static class DateOption
{
    /// <summary>The parse error for <paramref name="text"/> given to <paramref name="name"/>.</summary>
    public static string Error(string name, string text) =>
        $"{name}: '{text}' is not a calendar date in the form {Dates.Pattern} (e.g. 2022-01-29)";

    /// <summary>Creates the option <paramref name="name"/>; its value is null when it is not given.</summary>
    public static Option<Date?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = Dates.Pattern,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Dates.TryParseCalendarDate(text, out var date)) return date;
            result.AddError(Error(name, text));
            return null;
        },
    };
}
