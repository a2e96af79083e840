using Roster.Data.Entities;
using Roster.Domain.Tenures;

namespace Roster.Data.Changes;

/// <summary>The one map from a tenure change or a recorded roster to its change-feed row.</summary>
internal static class ChangeRows
{
    /// <summary>The row for <paramref name="change"/>, caused by <paramref name="documentNumber"/>.</summary>
    public static ChangeEntity ToEntity(this TenureChange change, string documentNumber, DateTime recordedAt)
    {
        var tenure = change.Current;
        return new ChangeEntity
        {
            RecordedAt = recordedAt,
            Kind = change.Kind switch
            {
                TenureChangeKind.Started => ChangeKinds.TenureStarted,
                TenureChangeKind.Ended => ChangeKinds.TenureEnded,
                TenureChangeKind.Changed => ChangeKinds.TenureChanged,
                _ => ChangeKinds.TenureWithdrawn,
            },
            DocumentNumber = documentNumber,
            Organization = tenure.Post.Organization,
            PostTitle = tenure.Post.Title,
            Person = tenure.Person,
            StartOn = tenure.StartOn,
            KnownSince = tenure.KnownSince,
            EndOn = tenure.EndOn,
            StartPrecision = tenure.StartPrecision,
            EndPrecision = tenure.EndPrecision,
            ProbationUntil = tenure.ProbationUntil,
            StartedBy = tenure.StartedBy,
            EndedBy = tenure.EndedBy,
            PreviousKnownSince = change.After is null ? null : change.Before?.KnownSince,
            PreviousEndOn = change.After is null ? null : change.Before?.EndOn,
        };
    }

    /// <summary>The row for a roster version of <paramref name="group"/> from <paramref name="sourceDocument"/>.</summary>
    public static ChangeEntity Roster(string group, string sourceDocument, DateOnly effectiveOn, bool replaces, DateTime recordedAt) => new()
    {
        RecordedAt = recordedAt,
        Kind = replaces ? ChangeKinds.RosterReplaced : ChangeKinds.RosterRecorded,
        DocumentNumber = sourceDocument,
        Organization = group,
        KnownSince = effectiveOn,
    };
}
