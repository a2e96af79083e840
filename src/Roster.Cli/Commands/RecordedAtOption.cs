using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Roster.Cli.Commands;

/// <summary><c>--as-recorded-at 2026-11-29T10:15:00Z</c> on the query commands: answer as the roster stood at that moment of
/// recorded time (docs/time.md). An ISO 8601 timestamp with its offset (<c>Z</c> or <c>+08:00</c>); without one it is
/// refused rather than read in some zone.</summary>
public static class RecordedAtOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--as-recorded-at";

    /// <summary>The parse error for <paramref name="text"/>.</summary>
    public static string Error(string text) =>
        $"{Name}: '{text}' is not an ISO 8601 timestamp with an offset, e.g. 2026-11-29T10:15:00Z or 2026-11-29T18:15:00+08:00";

    /// <summary>Creates the option; its value is null when it is not given.</summary>
    public static Option<Timestamp?> Create() => new(Name)
    {
        Description = "Answer as the roster stood at this moment (ISO 8601 with Z or an offset); later orders and corrections are left out",
        HelpName = "TIMESTAMP",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value.Trim();
            if (TryParse(text, out var timestamp)) return timestamp;
            result.AddError(Error(text));
            return null;
        },
    };

    /// <summary>Reads an ISO 8601 timestamp that carries <c>Z</c> or an offset.</summary>
    public static bool TryParse(string text, out Timestamp timestamp)
    {
        timestamp = null!;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset || !text.Contains('T', StringComparison.OrdinalIgnoreCase)) return false;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)) return false;
        timestamp = Timestamp.FromDateTimeOffset(moment);
        return true;
    }
}
