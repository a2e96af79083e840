using Roster.Data.Queries;
using Roster.Domain.Anomalies;
using Roster.Domain.Errors;
using Roster.Domain.Orders;
using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>
/// The anomalies an order would introduce (SubmitOrder's <c>reject_conflicts</c>): every anomaly of the organisations the order
/// names, derived with the order (<see cref="AnomalyDetector.Ever"/>), that is not there without it, each as a violation naming the
/// order's item it concerns (<c>items[1]</c>, or <c>order</c> when no single item does).
/// </summary>
internal static class NewAnomalies
{
    /// <summary>The violations for the anomalies <paramref name="order"/> would introduce, inside the caller's transaction.</summary>
    public static async Task<IReadOnlyList<PreconditionViolation>> OfAsync(RosterDbContext db, Order order, CancellationToken cancellationToken)
    {
        var organizations = order.Items.Select(i => i.Post.Organization).Distinct().ToList();
        var records = await PostRecords.LoadAsync(db, p => organizations.Contains(p.Organization.Name), cancellationToken);
        var before = AnomalyDetector.Ever(records).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);

        var with = records.ToList();
        foreach (var post in order.Items.Select(i => i.Post).Distinct())
        {
            var index = with.FindIndex(r => r.Post.Organization == post.Organization && r.Post.Title == post.Title);
            var added = PostEvent.From(order, post).ToList();
            if (index < 0) with.Add(new PostRecord(post, added, [], []));
            else with[index] = with[index] with { Events = [.. with[index].Events, .. added] };
        }
        return AnomalyDetector.Ever(with).Where(a => !before.Contains(a.Key))
            .Select(a => new PreconditionViolation(a.Code, SubjectOf(a, order), a.Message)).ToList();
    }

    private static string SubjectOf(Anomaly anomaly, Order order)
    {
        var documentNumber = order.DocumentNumber.ToString();
        var item = order.Items.FirstOrDefault(i => i.Post.Organization == anomaly.Organization
            && (anomaly.Title is null || i.Post.Title == anomaly.Title) && anomaly.Persons.Contains(i.Person)
            && anomaly.Documents.Contains(documentNumber));
        return item is null ? "order" : $"items[{item.Position}]";
    }
}
