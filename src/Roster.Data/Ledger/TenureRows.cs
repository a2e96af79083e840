using Roster.Data.Entities;
using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>The one map from a derived tenure to its row; callers link the post and person.</summary>
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
}
