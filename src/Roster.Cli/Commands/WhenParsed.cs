using System.CommandLine.Parsing;

namespace Roster.Cli.Commands;

/// <summary>
/// A command or option validator that runs only on values that parsed. System.CommandLine runs validators even when an
/// option's value failed to parse (a bad date, "abc" for a cursor), and reading that value then throws; the parse error
/// itself is already reported as a usage error (exit 2), so the check has nothing to add and must not throw.
/// </summary>
internal static class WhenParsed
{
    /// <summary><paramref name="check"/>, skipped when a value it reads did not parse.</summary>
    public static Action<T> Check<T>(Action<T> check) where T : SymbolResult => result =>
    {
        try
        {
            check(result);
        }
        catch (InvalidOperationException)
        {
        }
    };

    /// <summary>A validator refusing an empty or blank text argument as a usage error (nothing is sent), with <paramref name="message"/>.</summary>
    public static Action<ArgumentResult> NotBlank(string message) => Check<ArgumentResult>(result =>
    {
        if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError(message);
    });
}
