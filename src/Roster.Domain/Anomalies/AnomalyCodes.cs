using Roster.Domain.Tenures;

namespace Roster.Domain.Anomalies;

/// <summary>The stable anomaly codes (docs/decisions.md, anomalies, says when each holds on <c>as_of</c> and what resolves it).</summary>
public static class AnomalyCodes
{
    /// <summary>Two or more HEAD tenures of one organisation held on the same day. Resolved by an order removing all but one.</summary>
    public const string OverlappingHeads = TimelineWarning.OverlappingHeads;
    /// <summary>A removal of a person from a post no order or roster recorded them in: the tenure's start is unknown. Holds from the
    /// removal's effective date; resolved by an order recording the appointment.</summary>
    public const string RemovalWithoutRecordedTenure = TimelineWarning.RemovalWithoutRecordedTenure;
    /// <summary>A probation whose end has passed, the tenure still held, no confirmation recorded. Resolved by a confirmation
    /// (order or API) or a removal.</summary>
    public const string ProbationOverdue = "PROBATION_OVERDUE";
    /// <summary>An appointment of a person to a post they already hold (by an earlier appointment). Holds from the repeated
    /// appointment's effective date; resolved by an order recording the removal in between.</summary>
    public const string AlreadyHoldsPost = TimelineWarning.AlreadyHolds;
    /// <summary>An appointment of a person to a post effective on or before the effective date of their removal from that post by an
    /// order decided earlier: the earlier decision then ends (or, on the same day, undoes) the later one. Resolved by an order
    /// effective after that removal that appoints or removes the person in the post again, saying where they stand.</summary>
    public const string EffectiveBeforeEarlierRemoval = "EFFECTIVE_BEFORE_EARLIER_REMOVAL";
    /// <summary>A CONFIRM_PROBATION item (or a confirmation recorded through the API) that matches no tenure with probation held on its
    /// date. Resolved by an order recording the appointment with probation it confirms.</summary>
    public const string ConfirmationWithoutProbation = TimelineWarning.ConfirmationWithoutProbation;
}
