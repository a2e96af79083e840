using Microsoft.EntityFrameworkCore;
using Roster.Domain.Errors;
using Roster.Domain.Orders;
using Roster.Domain.Posts;

namespace Roster.Data.Ledger;

/// <summary>
/// Checks a correcting order (revoke or amend) against the stored orders inside the submitting transaction, and names
/// the posts of the order it corrects, whose tenures the ledger recomputes (docs/decisions.md, corrections). Each
/// failure is <see cref="PreconditionFailedException"/> (FAILED_PRECONDITION) on <c>corrects.document_number</c>:
/// the target is not recorded (a correction never arrives before its target), it is already revoked or amended, it
/// is itself a revocation, it was issued by another organ, or the correction is dated before the target was issued.
/// </summary>
internal sealed class CorrectionTargets(RosterDbContext db)
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

    private const string Subject = "corrects.document_number";

    /// <summary>The posts named by the order <paramref name="order"/> corrects; empty when it corrects nothing.</summary>
    public async Task<IReadOnlyList<Post>> PostsOfTargetAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.Corrects is not { } correction) return [];
        var target = correction.Target.ToString();
        var verb = correction.Kind == CorrectionKind.Revoke ? "revoke" : "amend";
        var stored = await db.Orders.AsNoTracking().Where(o => o.DocumentNumber == target)
            .Select(o => new { o.Id, o.CorrectionKind, o.Issuer, o.IssuedOn, o.DecidedOn, o.EffectiveOn }).SingleOrDefaultAsync(cancellationToken)
            ?? throw Failed(TargetMissingReason, $"order {target} is not recorded: submit it before the order that corrects it");
        // An organ revokes or amends only its own orders; with the clerk's own-office rule this also keeps one office's
        // clerks from correcting another's (found by a fresh-user trial).
        if (stored.Issuer != order.Issuer)
            throw Failed(OtherIssuerReason, $"cannot {verb} order {target}: it was issued by {stored.Issuer}, not by {order.Issuer}");
        // An organ corrects what it has published: a correction dated before its target was even issued is a typo in one of them.
        var targetDate = stored.IssuedOn ?? stored.DecidedOn ?? stored.EffectiveOn;
        var correctionDate = order.DecidedOn ?? order.IssuedOn ?? order.EffectiveOn;
        if (correctionDate < targetDate)
            throw Failed(BeforeTargetReason,
                $"cannot {verb} order {target} (issued {targetDate:yyyy-MM-dd}) by an order dated {correctionDate:yyyy-MM-dd}, before it");
        var earlier = await db.Orders.AsNoTracking().Where(o => o.CorrectsDocumentNumber == target)
            .Select(o => new { o.DocumentNumber, o.CorrectionKind, o.RecordedAt }).FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            var how = earlier.CorrectionKind == CorrectionKind.Revoke ? "revoked" : "amended";
            throw Failed(AlreadyCorrectedReason,
                $"cannot {verb} order {target}: it was already {how} by {earlier.DocumentNumber} (recorded {earlier.RecordedAt:yyyy-MM-ddTHH:mm:ssZ})");
        }
        if (stored.CorrectionKind == CorrectionKind.Revoke)
            throw Failed(RevocationReason, $"cannot {verb} order {target}: it is a revocation; issue the revoked order's content again under a new number");
        return await db.OrderItems.AsNoTracking().Where(i => i.OrderId == stored.Id)
            .Select(i => new Post(i.Post.Organization.Name, i.Post.Title, i.Post.Rank)).Distinct().ToListAsync(cancellationToken);
    }

    private static PreconditionFailedException Failed(string reason, string message) =>
        new(reason, message, [new PreconditionViolation(reason, Subject, message)]);
}
