using Roster.Data.Entities;
using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>The one map between a derived tenure and its row; callers link the post and person.</summary>
internal static class TenureRows
{
    /// <summary>The row's dates, flags and sources for <paramref name="tenure"/> (post and person not set).</summary>
    public static TenureEntity ToEntity(this Tenure tenure) => new()
    {
        StartOn = tenure.StartOn,
        KnownSince = tenure.KnownSince,
        EndOn = tenure.EndOn,
        ProbationUntil = tenure.ProbationUntil,
        RetainsRank = tenure.RetainsRank,
        Concurrent = tenure.Concurrent,
        Acting = tenure.Acting,
        StartedBy = tenure.StartedBy,
        EndedBy = tenure.EndedBy,
        AttestedBy = tenure.AttestedBy,
        ConfirmedOn = tenure.ConfirmedOn,
        ConfirmedBy = tenure.ConfirmedBy,
    };

    /// <summary>The tenure a stored row is, on <paramref name="post"/> (the row's person loaded).</summary>
    public static Tenure ToDomain(this TenureEntity row, Domain.Posts.Post post) => new()
    {
        Person = row.Person.Name,
        Post = post,
        StartOn = row.StartOn,
        KnownSince = row.KnownSince,
        EndOn = row.EndOn,
        ProbationUntil = row.ProbationUntil,
        RetainsRank = row.RetainsRank,
        Concurrent = row.Concurrent,
        Acting = row.Acting,
        StartedBy = row.StartedBy,
        EndedBy = row.EndedBy,
        AttestedBy = row.AttestedBy,
    };
}
