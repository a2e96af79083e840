using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Data.Ledger;
using Roster.Domain.Lineage;
using Roster.Domain.Reference;

namespace Roster.Data.Lineage;

/// <summary>
/// Records lineage events in one transaction (docs/identity.md, organisations): the domain's <see cref="LineageRules"/> decide from the
/// recorded lineage and the organisations' facts; a RENAMED event makes the new name the organisation's stored name (its
/// posts and tenures carry over); ESTABLISHED of a name no record uses adds the organisation. Nothing is stored when the
/// rules refuse.
/// </summary>
public sealed class LineageLedger(RosterDbContext db, ReferenceTables tables, LineageIndex index, TimeProvider clock)
{
    /// <summary>Records <paramref name="draft"/>; returns the stored row. Throws what <see cref="LineageRules.Check"/> throws.</summary>
    public async Task<LineageEventEntity> RecordAsync(LineageDraft draft, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var snapshot = await LineageSnapshot.ReadAsync(db, cancellationToken);
        var subject = await FindAsync(draft.Organization, snapshot, cancellationToken);
        var related = draft.RelatedOrganization is { } r ? await FindAsync(r, snapshot, cancellationToken) : null;
        var bearerId = draft.NewName is { Length: > 0 } newName
            ? await db.Organizations.AsNoTracking().Where(o => o.Name == newName).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var bearer = bearerId is { } taken ? await FindAsync(new OrganizationRef(taken, null), snapshot, cancellationToken) : null;
        var proposed = new LineageEvent(subject?.Id ?? 0, draft.Kind, draft.EffectiveOn, draft.Source,
            draft.Kind == LineageKind.Renamed ? subject?.Name : null,
            draft.Kind == LineageKind.Established ? subject?.Name ?? Canonical(draft.Organization.Name) : draft.NewName, related?.Id);
        var checkedEvent = LineageRules.Check(proposed, subject, draft.RelatedOrganization?.ToString(), related, snapshot.Graph,
            name => bearer is not null && bearer.Name == name ? bearer : null);

        var organization = subject is null
            ? db.Organizations.Add(new OrganizationEntity { Name = proposed.NewName!, Kind = tables.Kinds.KindOf(proposed.NewName!)?.Name }).Entity
            : await db.Organizations.SingleAsync(o => o.Id == subject.Id, cancellationToken);
        // A continuation leaves both records their names: the other record bears the new name already.
        if (draft.Kind == LineageKind.Renamed && !checkedEvent.IsContinuation) organization.Name = draft.NewName!;
        await db.SaveChangesAsync(cancellationToken);
        var row = new LineageEventEntity
        {
            OrganizationId = organization.Id,
            Kind = draft.Kind,
            EffectiveOn = draft.EffectiveOn,
            FormerName = proposed.FormerName,
            NewName = proposed.NewName,
            RelatedId = checkedEvent.RelatedId,
            Source = draft.Source,
            Issuer = draft.Issuer,
            SubmittedBy = draft.SubmittedBy,
            RecordedAt = clock.StoredUtcNow(),
        };
        db.LineageEvents.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        index.Invalidate();
        return row;
    }

    private string? Canonical(string? name) => name is null ? null : tables.Names.Resolve(name, issuer: null);

    /// <summary>The organisation a request names, with its first record; null when no record names it.</summary>
    private async Task<OrganizationFacts?> FindAsync(OrganizationRef reference, LineageSnapshot snapshot, CancellationToken cancellationToken)
    {
        long? id = reference.Id;
        // The canonical name the reference tables give first ("市国土资源局" is 阳泉市国土资源局), then the name as written.
        foreach (var name in reference.Name is { } written ? new[] { tables.Names.Resolve(written, issuer: null), written }.Distinct() : [])
        {
            id ??= await db.Organizations.AsNoTracking().Where(o => o.Name == name).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken)
                ?? snapshot.BearersOf(name).Select(o => (long?)o.Id).FirstOrDefault();
        }
        if (id is null) return null;
        var current = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (current is null) return null;
        var first = await db.Tenures.AsNoTracking().Where(t => t.Post.OrganizationId == id)
            .MinAsync(t => (DateOnly?)(t.StartOn ?? t.KnownSince), cancellationToken);
        return new OrganizationFacts(id.Value, current, first);
    }
}
