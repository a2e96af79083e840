using System.Globalization;
using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Prints an order: its header fields (document number, issuer, title, decision, dates, source), then
/// its items as a table. Items are numbered from 0, as in the server's field paths (<c>order.items[2].title</c>).
/// </summary>
public static class OrderView
{
    /// <summary>The column headers of the items table, in order.</summary>
    public static readonly string[] ItemHeaders = ["ITEM", "ACTION", "PERSON", "POST", "RANK", "PROBATION", "NOTES"];

    /// <summary>Writes <paramref name="order"/>.</summary>
    public static void Write(Order order, TextWriter output)
    {
        var header = TableWriter.WithoutHeader(2)
            .AddRow("document number", order.DocumentNumber)
            .AddRow("issuer", order.Issuer)
            .AddRow("title", order.Title)
            .AddRow("decision body", order.DecisionBody)
            .AddRow("decided on", Dates.Format(order.DecidedOn))
            .AddRow("issued on", Dates.Format(order.IssuedOn))
            .AddRow("effective on", Dates.Format(order.EffectiveOn));
        if (order.Source is { } source)
        {
            header.AddRow("source", Source(source));
        }
        if (order.RecordedAt is { } recordedAt)
        {
            header.AddRow("recorded at", Moment(recordedAt));
        }
        if (order.Corrects is { } corrects)
        {
            header.AddRow(corrects.Kind == CorrectionKind.Amend ? "amends" : "revokes", corrects.DocumentNumber);
        }
        if (order.CorrectedBy is { } correctedBy)
        {
            header.AddRow(correctedBy.Kind == CorrectionKind.Amend ? "amended by" : "revoked by",
                $"{correctedBy.DocumentNumber} (recorded {Moment(correctedBy.RecordedAt)}); not in force");
        }
        header.WriteTo(output);
        if (order.Items.Count == 0) return;
        output.WriteLine();
        ItemTable(order).WriteTo(output);
    }

    /// <summary>The items of <paramref name="order"/> as a table.</summary>
    public static TableWriter ItemTable(Order order)
    {
        var table = new TableWriter(ItemHeaders);
        for (var i = 0; i < order.Items.Count; i++)
        {
            var item = order.Items[i];
            table.AddRow(
                $"[{i}]",
                item.Action.ToWire(),
                item.Person,
                item.Organization + item.Title,
                item.Rank == PostRank.Unspecified ? null : item.Rank.ToWire(),
                item.Probation,
                Notes(item));
        }
        return table;
    }

    private static string Moment(Google.Protobuf.WellKnownTypes.Timestamp? at) =>
        at is null ? "" : at.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Notes(OrderItem item)
    {
        var notes = new List<string>();
        if (item.RetainsRank) notes.Add("retains rank");
        if (item.Concurrent) notes.Add("concurrent");
        if (item.Acting) notes.Add("acting");
        if (item.Note.Length > 0) notes.Add(item.Note);
        return string.Join(", ", notes);
    }

    private static string Source(OrderSource source)
    {
        var parts = new List<string>();
        if (source.Gazette.Length > 0) parts.Add(source.Gazette);
        if (source.LineStart > 0)
        {
            parts.Add(source.LineEnd > source.LineStart ? $"lines {source.LineStart}-{source.LineEnd}" : $"line {source.LineStart}");
        }
        if (source.SubmittedBy.Length > 0) parts.Add($"submitted by {source.SubmittedBy}");
        return string.Join(", ", parts);
    }
}
