using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Data.Ledger;
using Roster.Domain.Filing;
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
    /// <summary>Records <paramref name="draft"/> for <paramref name="filer"/> (null: any issuer, as for the seed); returns the
    /// stored row. Names are read in the draft's issuer's jurisdiction as an order's are ("市公安局国保支队" of 阳泉市人民政府 is
    /// 阳泉市公安局国保支队), the new name stored so. Throws <see cref="Domain.Errors.PermissionDeniedException"/> when
    /// <see cref="FilingRules.EnsureMayRecordLineageOf"/> refuses the filer an organisation the event names (checked before
    /// anything else is said about them), and what <see cref="LineageRules.Check"/> throws.</summary>
    public async Task<LineageEventEntity> RecordAsync(LineageDraft draft, CancellationToken cancellationToken, Filer? filer = null)
    {
        draft = draft with { NewName = Canonical(draft.NewName, draft.Issuer) };
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var snapshot = await LineageSnapshot.ReadAsync(db, cancellationToken);
        var subject = await FindAsync(draft.Organization, draft.Issuer, snapshot, cancellationToken);
        var related = draft.RelatedOrganization is { } r ? await FindAsync(r, draft.Issuer, snapshot, cancellationToken) : null;
        if (filer is not null)
        {
            FilingRules.EnsureMayRecordLineageOf(filer, subject?.Name ?? Canonical(draft.Organization.Name, draft.Issuer) ?? "", "organization", tables);
            if (draft.NewName is { Length: > 0 } renamedTo) FilingRules.EnsureMayRecordLineageOf(filer, renamedTo, "new_name", tables);
            if (draft.RelatedOrganization is { } named)
                FilingRules.EnsureMayRecordLineageOf(filer, related?.Name ?? Canonical(named.Name, draft.Issuer) ?? "", "related_organization", tables);
        }
        var bearerId = draft.NewName is { Length: > 0 } newName
            ? await db.Organizations.AsNoTracking().Where(o => o.Name == newName).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var bearer = bearerId is { } taken ? await FindAsync(new OrganizationRef(taken, null), draft.Issuer, snapshot, cancellationToken) : null;
        var proposed = new LineageEvent(subject?.Id ?? 0, draft.Kind, draft.EffectiveOn, draft.Source,
            draft.Kind == LineageKind.Renamed ? subject?.Name : null,
            draft.Kind == LineageKind.Established ? subject?.Name ?? Canonical(draft.Organization.Name, draft.Issuer) : draft.NewName, related?.Id);
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

    /// <summary>True for a name that begins with a place level and no place ("市公安局"): text whose jurisdiction the reader
    /// supplies.</summary>
    private static bool IsBare(string name) => name.Length > 1 && name[0] is '市' or '县' or '省' or '区';

    /// <summary>The canonical name of <paramref name="name"/> in an event of <paramref name="issuer"/>, as an order of that issuer
    /// reads it (docs/normalisation.md); with no issuer, as a query reads it.</summary>
    private string? Canonical(string? name, string? issuer) => name is null ? null : tables.Names.Resolve(name, issuer);

    /// <summary>The organisation a request names, with its first record; null when no record names it. A name is read in
    /// <paramref name="issuer"/>'s jurisdiction: a "市…" of another city's office never finds this city's organisation.</summary>
    private async Task<OrganizationFacts?> FindAsync(OrganizationRef reference, string? issuer, LineageSnapshot snapshot, CancellationToken cancellationToken)
    {
        long? id = reference.Id;
        // The canonical name first ("市国土资源局" of 阳泉市人民政府 is 阳泉市国土资源局), then the name as written unless it is a
        // bare "市…" the issuer's jurisdiction did not place (that text names no organisation of its own).
        var names = reference.Name is { } written ? new[] { tables.Names.Resolve(written, issuer), written }.Distinct()
            .Where(n => !IsBare(n) || issuer is null) : [];
        foreach (var name in names)
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
