using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Tenures as a table: person, post (organisation and title), from, until, probation until, notes and
/// the orders that started and ended them. Shared by <c>roster who</c> and <c>roster person</c>.
/// </summary>
public static class TenureTable
{
    /// <summary>The column headers, in order.</summary>
    public static readonly string[] Headers = ["PERSON", "POST", "FROM", "UNTIL", "PROBATION UNTIL", "NOTES", "ORDERS"];

    /// <summary>A table with one row per tenure.</summary>
    public static TableWriter Create(IEnumerable<Tenure> tenures)
    {
        var table = new TableWriter(Headers);
        foreach (var tenure in tenures)
        {
            table.AddRow(
                tenure.Person,
                tenure.Organization + tenure.Title,
                From(tenure),
                Dates.Format(tenure.EndOn),
                Dates.Format(tenure.ProbationUntil),
                Notes(tenure),
                Orders(tenure));
        }
        return table;
    }

    /// <summary>The first day, or <c>unknown (known since …)</c> when no order records the start.</summary>
    public static string From(Tenure tenure)
    {
        if (tenure.StartKnown)
        {
            return Dates.Format(tenure.StartOn) ?? TableWriter.Missing;
        }
        return Dates.Format(tenure.KnownSince) is { } knownSince ? $"unknown (known since {knownSince})" : "unknown";
    }

    /// <summary>The flags of the tenure in words: retains rank, concurrent, acting.</summary>
    public static string Notes(Tenure tenure)
    {
        var notes = new List<string>();
        if (tenure.RetainsRank) notes.Add("retains rank");
        if (tenure.Concurrent) notes.Add("concurrent");
        if (tenure.Acting) notes.Add("acting");
        return string.Join(", ", notes);
    }

    /// <summary>The orders that started and ended the tenure.</summary>
    public static string Orders(Tenure tenure)
    {
        var orders = new List<string>();
        if (tenure.StartedBy.Length > 0) orders.Add($"started by {tenure.StartedBy}");
        if (tenure.EndedBy.Length > 0) orders.Add($"ended by {tenure.EndedBy}");
        return string.Join("; ", orders);
    }
}
