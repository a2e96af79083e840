using Roster.Testing.Hosting;
using Roster.Testing;

namespace Roster.Server.Tests;

/// <summary>google.type.Date from the facts' ISO strings and back.</summary>
internal static class Dates
{
    public static Google.Type.Date Wire(string iso)
    {
        var d = SeedFacts.Date(iso);
        return new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day };
    }

    public static string? Iso(Google.Type.Date? date) => date is null ? null : $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";
}
