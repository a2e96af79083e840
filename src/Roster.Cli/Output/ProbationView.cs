using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>Prints <c>roster probations</c>: a count line, then one row per probation with its status on the date asked.</summary>
public static class ProbationView
{
    /// <summary>The column headers, in order.</summary>
    public static readonly string[] Headers = ["PERSON", "POST", "FROM", "PROBATION UNTIL", "STATUS", "ON", "CONFIRMED", "ORDERS"];

    /// <summary>Writes <paramref name="response"/>.</summary>
    public static void Write(ListProbationsResponse response, TextWriter output)
    {
        var count = response.Probations.Count;
        output.WriteLine(count == 0 ? "No probations" : count == 1 ? "1 probation" : $"{count} probations");
        if (count == 0) return;
        var table = new TableWriter(Headers);
        foreach (var p in response.Probations)
        {
            var t = p.Tenure;
            table.AddRow(t.Person, t.Organization + t.Title, Dates.Format(t.StartOn), Dates.Format(t.ProbationUntil), StatusText(p.Status),
                Dates.Format(p.On), t.ConfirmedOn is null ? null : $"{Dates.Format(t.ConfirmedOn)} ({t.ConfirmedBy})", TenureTable.Orders(t));
        }
        table.WriteTo(output);
    }

    /// <summary>RUNNING, CONFIRMED, ENDED_EARLY, OVERDUE, LAPSED as on the wire.</summary>
    public static string StatusText(ProbationStatus status) => status switch
    {
        ProbationStatus.Running => "RUNNING",
        ProbationStatus.Confirmed => "CONFIRMED",
        ProbationStatus.EndedEarly => "ENDED_EARLY",
        ProbationStatus.Overdue => "OVERDUE",
        ProbationStatus.Lapsed => "LAPSED",
        _ => "not started",
    };
}
