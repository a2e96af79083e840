using Roster.Domain.Errors;

namespace Roster.Domain.Orders;

/// <summary>What the store records about the order a correction names.</summary>
/// <param name="DocumentNumber">Its canonical document number.</param>
/// <param name="Issuer">Its issuer.</param>
/// <param name="IssuedOn">Its issue date, if printed.</param>
/// <param name="DecidedOn">Its decision date, if printed.</param>
/// <param name="EffectiveOn">Its effective date.</param>
/// <param name="Kind">What it corrects in turn (a revocation is not corrected again); null for an ordinary order.</param>
/// <param name="CorrectedBy">The recorded order that already revokes or amends it; null when none does.</param>
public sealed record CorrectionTarget(string DocumentNumber, string Issuer, DateOnly? IssuedOn, DateOnly? DecidedOn, DateOnly EffectiveOn,
    CorrectionKind? Kind, RecordedCorrection? CorrectedBy);

/// <summary>A recorded order that corrects another.</summary>
/// <param name="DocumentNumber">Its canonical document number.</param>
/// <param name="Kind">Revoke or amend.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record RecordedCorrection(string DocumentNumber, CorrectionKind Kind, DateTime RecordedAt);

/// <summary>
/// The preconditions of a correcting order (revoke or amend; docs/orders.md, corrections), decided from what the store records
/// about its target. Each failure is <see cref="PreconditionFailedException"/> (FAILED_PRECONDITION) on
/// <c>corrects.document_number</c>: the target is not recorded (a correction never arrives before its target), it was issued by
/// another organ (an organ revokes or amends only its own orders), the correction is dated before the target was issued (an
/// organ corrects what it has published, so that is a typo in one of them), the target is already revoked or amended (only the
/// order in force is corrected), or it is itself a revocation.
/// </summary>
public static class CorrectionRules
{
    /// <summary>Reason code: the corrected order is not recorded.</summary>
    public const string TargetMissingReason = "CORRECTED_ORDER_NOT_FOUND";
    /// <summary>Reason code: the corrected order is already revoked or amended.</summary>
    public const string AlreadyCorrectedReason = "ORDER_ALREADY_CORRECTED";
    /// <summary>Reason code: the corrected order is a revocation, which is not corrected in turn.</summary>
    public const string RevocationReason = "REVOCATION_NOT_CORRECTABLE";
    /// <summary>Reason code: the corrected order was issued by another organ.</summary>
    public const string OtherIssuerReason = "CORRECTION_OF_ANOTHER_ISSUER";
    /// <summary>Reason code: the correction was decided or issued before the order it corrects was issued.</summary>
    public const string BeforeTargetReason = "CORRECTION_BEFORE_TARGET";

    /// <summary>The field the violations name.</summary>
    public const string Subject = "corrects.document_number";

    /// <summary>Throws <see cref="PreconditionFailedException"/> unless <paramref name="order"/> may correct
    /// <paramref name="target"/> (null: not recorded). Does nothing for an order that corrects nothing.</summary>
    public static void EnsureMayCorrect(Order order, CorrectionTarget? target)
    {
        if (order.Corrects is not { } correction) return;
        var number = correction.Target.ToString();
        var verb = correction.Kind == CorrectionKind.Revoke ? "revoke" : "amend";
        if (target is null)
            throw Failed(TargetMissingReason, $"order {number} is not recorded: submit it before the order that corrects it");
        if (target.Issuer != order.Issuer)
            throw Failed(OtherIssuerReason, $"cannot {verb} order {number}: it was issued by {target.Issuer}, not by {order.Issuer}");
        var targetDate = target.IssuedOn ?? target.DecidedOn ?? target.EffectiveOn;
        var correctionDate = order.DecidedOn ?? order.IssuedOn ?? order.EffectiveOn;
        if (correctionDate < targetDate)
            throw Failed(BeforeTargetReason,
                $"cannot {verb} order {number} (issued {targetDate:yyyy-MM-dd}) by an order dated {correctionDate:yyyy-MM-dd}, before it");
        if (target.CorrectedBy is { } earlier)
        {
            var how = earlier.Kind == CorrectionKind.Revoke ? "revoked" : "amended";
            throw Failed(AlreadyCorrectedReason,
                $"cannot {verb} order {number}: it was already {how} by {earlier.DocumentNumber} (recorded {earlier.RecordedAt:yyyy-MM-ddTHH:mm:ssZ})");
        }
        if (target.Kind == CorrectionKind.Revoke)
            throw Failed(RevocationReason, $"cannot {verb} order {number}: it is a revocation; issue the revoked order's content again under a new number");
    }

    private static PreconditionFailedException Failed(string reason, string message) =>
        new(reason, message, [new PreconditionViolation(reason, Subject, message)]);
}
