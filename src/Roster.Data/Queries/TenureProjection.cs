using System.Linq.Expressions;
using Roster.Data.Entities;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Data.Queries;

/// <summary>The one projection from stored tenure rows to domain <see cref="Tenure"/>s, translated to SQL.</summary>
internal static class TenureProjection
{
    public static readonly Expression<Func<TenureEntity, Tenure>> ToDomain = t => new Tenure
    {
        Person = t.Person.Name,
        Post = new Post(t.Post.Organization.Name, t.Post.Title, t.Post.Rank),
        StartOn = t.StartOn,
        KnownSince = t.KnownSince,
        EndOn = t.EndOn,
        ProbationUntil = t.ProbationUntil,
        RetainsRank = t.RetainsRank,
        Concurrent = t.Concurrent,
        Acting = t.Acting,
        StartedBy = t.StartedBy,
        EndedBy = t.EndedBy,
        AttestedBy = t.AttestedBy,
        ConfirmedOn = t.ConfirmedOn,
        ConfirmedBy = t.ConfirmedBy,
    };
}
