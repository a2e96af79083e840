using Microsoft.EntityFrameworkCore;
using Roster.Domain.Orders;
using Roster.Domain.Posts;

namespace Roster.Data.Ledger;

/// <summary>
/// Loads, inside the submitting transaction, what is recorded about the order a correcting order (revoke or amend) names, has
/// <see cref="CorrectionRules"/> decide whether the correction may be recorded, and names the posts of the corrected order,
/// whose tenures the ledger recomputes (docs/orders.md, corrections).
/// </summary>
internal sealed class CorrectionTargets(RosterDbContext db)
{
    /// <summary>The posts named by the order <paramref name="order"/> corrects; empty when it corrects nothing. Throws
    /// <see cref="Domain.Errors.PreconditionFailedException"/> when <see cref="CorrectionRules"/> refuse the correction.</summary>
    public async Task<IReadOnlyList<Post>> PostsOfTargetAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.Corrects is not { } correction) return [];
        var number = correction.Target.ToString();
        var stored = await db.Orders.AsNoTracking().Where(o => o.DocumentNumber == number)
            .Select(o => new { o.Id, o.CorrectionKind, o.Issuer, o.IssuedOn, o.DecidedOn, o.EffectiveOn }).SingleOrDefaultAsync(cancellationToken);
        CorrectionTarget? target = null;
        if (stored is not null)
        {
            var earlier = await db.Orders.AsNoTracking().Where(o => o.CorrectsDocumentNumber == number && o.CorrectionKind != null)
                .Select(o => new RecordedCorrection(o.DocumentNumber, o.CorrectionKind!.Value, o.RecordedAt)).FirstOrDefaultAsync(cancellationToken);
            target = new CorrectionTarget(number, stored.Issuer, stored.IssuedOn, stored.DecidedOn, stored.EffectiveOn, stored.CorrectionKind,
                earlier is null ? null : earlier with { RecordedAt = DateTime.SpecifyKind(earlier.RecordedAt, DateTimeKind.Utc) });
        }
        CorrectionRules.EnsureMayCorrect(order, target);
        return await db.OrderItems.AsNoTracking().Where(i => i.OrderId == stored!.Id)
            .Select(i => new Post(i.Post.Organization.Name, i.Post.Title, i.Post.Rank)).Distinct().ToListAsync(cancellationToken);
    }
}
