using Roster.Data.Ledger;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Roster.Data.Entities;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Data.Queries;

/// <summary>
/// The hot path of "who held this post on that date": one round trip, compiled once. The organisation
/// row is LEFT JOINed to the selected posts, their tenures and the holders' names, so the same statement says
/// whether the organisation exists (at least one row) and gives every tenure of the selected posts (rows with a
/// tenure). Untracked, projected to flat <see cref="OfficeholderRow"/>s; the SQL seeks
/// <c>IX_organizations_Name</c>, <c>IX_posts_OrganizationId_Title|Rank</c> and
/// <c>IX_tenures_PostId_KnownSince_EndOn</c> (guarded by the query-plan test in tests/Roster.Scale.Tests).
/// </summary>
internal sealed class OfficeholderQuery
{
    // A compiled query may run only against the model it was compiled with: one pair per model (one per provider
    // in production; a test process hosts several servers, each with its own).
    private static readonly ConditionalWeakTable<IModel, OfficeholderQuery> PerModel = new();

    private readonly Func<RosterDbContext, string, string, IAsyncEnumerable<OfficeholderRow>> _byTitle =
        EF.CompileAsyncQuery((RosterDbContext db, string organization, string title) =>
            from o in db.Organizations.AsNoTracking()
            where o.Name == organization
            join p in db.Posts on new { OrganizationId = o.Id, Title = title } equals new { p.OrganizationId, p.Title } into posts
            from p in posts.DefaultIfEmpty()
            join t in db.Tenures on p.Id equals t.PostId into tenures
            from t in tenures.DefaultIfEmpty()
            join pe in db.People on t.PersonId equals pe.Id into people
            from pe in people.DefaultIfEmpty()
            select new OfficeholderRow(pe.Name, p.Title, (PostRank?)p.Rank, t));

    private readonly Func<RosterDbContext, string, PostRank, IAsyncEnumerable<OfficeholderRow>> _byRank =
        EF.CompileAsyncQuery((RosterDbContext db, string organization, PostRank rank) =>
            from o in db.Organizations.AsNoTracking()
            where o.Name == organization
            join p in db.Posts on new { OrganizationId = o.Id, Rank = rank } equals new { p.OrganizationId, p.Rank } into posts
            from p in posts.DefaultIfEmpty()
            join t in db.Tenures on p.Id equals t.PostId into tenures
            from t in tenures.DefaultIfEmpty()
            join pe in db.People on t.PersonId equals pe.Id into people
            from pe in people.DefaultIfEmpty()
            select new OfficeholderRow(pe.Name, p.Title, (PostRank?)p.Rank, t));

    /// <summary>Every recorded tenure of the posts of <paramref name="organization"/> (an exact, canonical name)
    /// chosen by <paramref name="selector"/>, in no particular order; null when no organisation has that name.</summary>
    public static async Task<List<Tenure>?> TenuresAsync(RosterDbContext db, string organization, PostSelector selector,
        CancellationToken cancellationToken)
    {
        var compiled = PerModel.GetValue(db.Model, _ => new OfficeholderQuery());
        var rows = selector.Title is { } title
            ? compiled._byTitle(db, organization, title)
            : compiled._byRank(db, organization, selector.Rank ?? throw new ArgumentException("a selector names a title or a rank", nameof(selector)));
        List<Tenure>? tenures = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            tenures ??= new List<Tenure>(4);
            if (row.ToTenure(organization) is { } tenure) tenures.Add(tenure);
        }
        return tenures;
    }
}

/// <summary>One row of <see cref="OfficeholderQuery"/>: a tenure row of a selected post with its holder's name and post, or all
/// nulls for an organisation without one.</summary>
internal sealed record OfficeholderRow(string? Person, string? Title, PostRank? Rank, TenureEntity? Tenure)
{
    /// <summary>The domain tenure (<see cref="TenureRows"/>), or null for the organisation-only row.</summary>
    public Tenure? ToTenure(string organization) =>
        Tenure?.ToDomain(Person!, new Post(organization, Title!, Rank!.Value));
}
