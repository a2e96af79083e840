using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Data.Queries;
using Roster.Domain.Anomalies;
using Roster.Domain.Posts;

namespace Roster.Data.Ledger;

/// <summary>
/// Keeps the <c>anomalies</c> table equal to what <see cref="AnomalyDetector.All"/> derives from the records (docs/decisions.md 37 A1,
/// 46): the rules stay in the detector; this class hands it a post's records (and, for OVERLAPPING_HEADS, every HEAD post of the
/// organisation) and stores what it returns, with each anomaly's interval. Called inside the write transaction that rewrites the
/// posts' tenures, after the write's rows are saved, so a reader never sees tenures and anomalies of different writes.
/// </summary>
internal static class AnomalyProjection
{
    /// <summary>The <c>projection_states</c> name marking the table as built over the whole database.</summary>
    public const string Name = "anomalies";

    /// <summary>Rewrites the stored anomalies of the posts <paramref name="postIds"/> and, where one of them is a HEAD post, the
    /// OVERLAPPING_HEADS anomalies of its organisation. Saves.</summary>
    public static async Task RefreshAsync(RosterDbContext db, IReadOnlyCollection<long> postIds, CancellationToken cancellationToken)
    {
        if (postIds.Count == 0) return;
        var ids = postIds.Distinct().ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.OrganizationId, Organization = p.Organization.Name, p.Title, p.Rank }).ToListAsync(cancellationToken);
        var headOrganizations = posts.Where(p => p.Rank == PostRank.Head).Select(p => p.OrganizationId).Distinct().ToList();

        await db.Anomalies.Where(a => a.PostId != null && ids.Contains(a.PostId.Value)).ExecuteDeleteAsync(cancellationToken);
        var postIdOf = posts.ToDictionary(p => (p.Organization, p.Title), p => (p.Id, p.OrganizationId));
        var records = await PostRecords.LoadAsync(db, p => ids.Contains(p.Id), cancellationToken);
        foreach (var record in records)
        {
            var (postId, organizationId) = postIdOf[(record.Post.Organization, record.Post.Title)];
            db.Anomalies.AddRange(AnomalyDetector.All([record]).Where(a => a.Code != AnomalyCodes.OverlappingHeads)
                .Select(a => ToEntity(a, organizationId, postId)));
        }

        if (headOrganizations.Count > 0)
        {
            await db.Anomalies.Where(a => a.PostId == null && headOrganizations.Contains(a.OrganizationId)).ExecuteDeleteAsync(cancellationToken);
            var heads = await PostRecords.LoadAsync(db, p => headOrganizations.Contains(p.OrganizationId) && p.Rank == PostRank.Head,
                cancellationToken);
            var organizationIds = await db.Organizations.AsNoTracking().Where(o => headOrganizations.Contains(o.Id))
                .ToDictionaryAsync(o => o.Name, o => o.Id, StringComparer.Ordinal, cancellationToken);
            db.Anomalies.AddRange(AnomalyDetector.All(heads).Where(a => a.Code == AnomalyCodes.OverlappingHeads)
                .Select(a => ToEntity(a, organizationIds[a.Organization], null)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Rebuilds the whole table from every record and marks it built (a database upgraded from before the table, or
    /// filled by the bulk loader); one organisation at a time, so memory stays bounded by the largest organisation.</summary>
    public static async Task RebuildAsync(RosterDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Anomalies.ExecuteDeleteAsync(cancellationToken);
        var organizations = await db.Posts.AsNoTracking().Select(p => p.OrganizationId).Distinct().ToListAsync(cancellationToken);
        foreach (var organizationId in organizations)
        {
            var postIds = await db.Posts.AsNoTracking().Where(p => p.OrganizationId == organizationId).Select(p => p.Id)
                .ToListAsync(cancellationToken);
            await RefreshAsync(db, postIds, cancellationToken);
            db.ChangeTracker.Clear();
        }
        await db.ProjectionStates.Where(p => p.Name == Name).ExecuteDeleteAsync(cancellationToken);
        db.ProjectionStates.Add(new ProjectionStateEntity { Name = Name, BuiltAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Runs <see cref="RebuildAsync"/> unless the table is marked built.</summary>
    public static async Task EnsureBuiltAsync(RosterDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ProjectionStates.AsNoTracking().AnyAsync(p => p.Name == Name, cancellationToken)) return;
        await RebuildAsync(db, cancellationToken);
    }

    private static AnomalyEntity ToEntity(Anomaly a, long organizationId, long? postId) => new()
    {
        OrganizationId = organizationId,
        PostId = postId,
        Code = a.Code,
        Message = a.Message,
        Organization = a.Organization,
        Title = a.Title ?? "",
        Persons = string.Join(AnomalyEntity.ListSeparator, a.Persons),
        PersonsKey = string.Join('、', a.Persons),
        Documents = string.Join(AnomalyEntity.ListSeparator, a.Documents),
        DocumentsKey = string.Join('、', a.Documents),
        FromOn = a.FromOn,
        ToOn = a.ToOn,
    };

    /// <summary>The domain anomaly a stored row holds.</summary>
    public static Anomaly ToDomain(this AnomalyEntity row) => new(row.Code, row.Message, row.Organization,
        row.Title.Length == 0 ? null : row.Title, Split(row.Persons), row.FromOn, row.ToOn, Split(row.Documents));

    // Every rule names at least one person and one document (a document may be ""), so an empty column is one empty entry.
    private static string[] Split(string joined) => joined.Split(AnomalyEntity.ListSeparator);
}
