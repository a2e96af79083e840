using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Roster.Domain.Orders;

namespace Roster.Gazette.Listing;

/// <summary>
/// Renders orders as the personnel section (人事任免) of a gazette issue: the contents lines
/// "{title}（{document number}）", then each notice in full (<see cref="NoticeWriter"/>). Orders appear by issue
/// date, then document number (2号 before 10号). Pure: no database, no clock.
/// </summary>
public static class ListingRenderer
{
    /// <summary>The section heading as the gazette's contents print it.</summary>
    public const string SectionHeading = "【人事任免】";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The orders in gazette order: issue date (unknown last), then document number.</summary>
    public static IReadOnlyList<Order> Arrange(IEnumerable<Order> orders) =>
        orders.OrderBy(o => o.IssuedOn ?? DateOnly.MaxValue).ThenBy(o => o.DocumentNumber).ToList();

    /// <summary>The section in <paramref name="format"/>; an empty section when there are no orders.</summary>
    public static string Render(IEnumerable<Order> orders, ListingFormat format)
    {
        var arranged = Arrange(orders);
        return format switch
        {
            ListingFormat.Markdown => Markdown(arranged),
            ListingFormat.Json => Json(arranged),
            _ => Text(arranged),
        };
    }

    private static string Text(IReadOnlyList<Order> orders)
    {
        var text = new StringBuilder();
        text.Append(SectionHeading).Append('\n');
        foreach (var order in orders) text.Append(NoticeWriter.ContentsLine(order)).Append('\n');
        foreach (var order in orders)
        {
            text.Append('\n');
            foreach (var line in NoticeWriter.Lines(order)) text.Append(line).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<Order> orders)
    {
        var text = new StringBuilder();
        text.Append("## 人事任免\n\n");
        foreach (var order in orders) text.Append("- ").Append(NoticeWriter.ContentsLine(order)).Append('\n');
        foreach (var order in orders)
        {
            var lines = NoticeWriter.Lines(order);
            text.Append("\n### ").Append(order.Title).Append("\n\n");
            foreach (var line in lines.Skip(2)) text.Append(line).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Json(IReadOnlyList<Order> orders)
    {
        var listing = new
        {
            section = "人事任免",
            contents = orders.Select(NoticeWriter.ContentsLine).ToList(),
            notices = orders.Select(o => new
            {
                document_number = o.DocumentNumber.ToString(),
                title = o.Title,
                issued_on = o.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                lines = NoticeWriter.Lines(o),
            }).ToList(),
        };
        return JsonSerializer.Serialize(listing, JsonOptions) + "\n";
    }
}
