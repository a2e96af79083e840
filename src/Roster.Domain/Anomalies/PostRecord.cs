using Roster.Domain.Posts;
using Roster.Domain.Probation;
using Roster.Domain.Tenures;

namespace Roster.Domain.Anomalies;

/// <summary>Everything recorded about one post: its order items, the rosters' attestations and the API's probation confirmations.</summary>
public sealed record PostRecord(Post Post, IReadOnlyList<PostEvent> Events, IReadOnlyList<PostAttestation> Attestations,
    IReadOnlyList<PostConfirmation> Confirmations)
{
    /// <summary>The post's derived tenures and timeline warnings (<see cref="TenureTimeline.Derive(Post, IEnumerable{PostEvent}, IEnumerable{PostAttestation}, IEnumerable{PostConfirmation})"/>).</summary>
    public (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) Derive() =>
        TenureTimeline.Derive(Post, Events, Attestations, Confirmations);
}
