using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>Prints <c>roster anomalies</c>: a count line, then one row per anomaly: first day, code, persons, post, orders, message.</summary>
public static class AnomalyView
{
    /// <summary>The column headers, in order.</summary>
    public static readonly string[] Headers = ["FROM", "CODE", "PERSONS", "POST", "ORDERS", "MESSAGE"];

    /// <summary>Writes <paramref name="response"/>.</summary>
    public static void Write(ListAnomaliesResponse response, TextWriter output)
    {
        var count = response.Anomalies.Count;
        output.WriteLine(count == 0 ? "No anomalies" : count == 1 ? "1 anomaly" : $"{count} anomalies");
        if (count == 0) return;
        var table = new TableWriter(Headers);
        foreach (var a in response.Anomalies)
        {
            table.AddRow(Dates.Format(a.FromOn), a.Code, string.Join("、", a.Persons), a.Organization + a.Title, string.Join("、", a.Documents), a.Message);
        }
        table.WriteTo(output);
    }
}
