using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Domain.Errors;
using Roster.Domain.People;

namespace Roster.Data.Ledger;

/// <summary>What an identifier names: a person (<c>people/{id}</c>) or an organisation (<c>organizations/{id}</c>, or by name).</summary>
/// <param name="PersonId">The person, or null.</param>
/// <param name="Organization">The organisation's name as given, or null.</param>
/// <param name="OrganizationId">The organisation's id, or null.</param>
public sealed record IdentifierSubject(long? PersonId, string? Organization, long? OrganizationId = null);

/// <summary>A stored identifier with its subject as the API names it.</summary>
/// <param name="Identifier">Scheme and value.</param>
/// <param name="PersonId">The person it names, or null.</param>
/// <param name="OrganizationId">The organisation it names (<c>organizations/{id}</c>), or null.</param>
/// <param name="DisplayName">The person's or organisation's name.</param>
public sealed record StoredIdentifier(ExternalIdentifier Identifier, long? PersonId, long? OrganizationId, string DisplayName);

/// <summary>
/// Records and looks up external identifiers (docs/identity.md). Adding the same identifier to the same subject again
/// returns it unchanged; one already given to another subject is <see cref="PreconditionFailedException"/>
/// (<see cref="ExternalIdentifier.TakenReason"/>); an unknown subject <see cref="NotFoundException"/>.
/// </summary>
public sealed class ExternalIdentifierLedger(RosterDbContext db, Domain.Reference.ReferenceTables tables, TimeProvider clock)
{
    /// <summary>Gives <paramref name="identifier"/> to <paramref name="subject"/>, in one transaction.</summary>
    public async Task<StoredIdentifier> AddAsync(ExternalIdentifier identifier, IdentifierSubject subject, string? submittedBy,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        long? personId = null, organizationId = null;
        string displayName;
        if (subject.PersonId is { } id)
        {
            displayName = await db.People.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw UnknownSubject(JudgementRules.UnknownReason, $"no person has the id {new PersonId(id)}");
            personId = id;
        }
        else
        {
            var organization = await OrganizationAsync(subject, cancellationToken);
            (organizationId, displayName) = (organization.Id, organization.Name);
        }
        var existing = await db.ExternalIdentifiers.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Scheme == identifier.Scheme && e.Value == identifier.Value, cancellationToken);
        if (existing is not null)
        {
            if (existing.PersonId == personId && existing.OrganizationId == organizationId)
                return new StoredIdentifier(identifier, personId, organizationId, displayName);
            var holder = existing.PersonId is { } other ? new PersonId(other).ToString() : $"organisation {existing.OrganizationId}";
            throw new PreconditionFailedException(ExternalIdentifier.TakenReason, $"{identifier.Scheme}:{identifier.Value} already names {holder}",
                [new PreconditionViolation(ExternalIdentifier.TakenReason, "value", $"already names {holder}")]);
        }
        db.ExternalIdentifiers.Add(new ExternalIdentifierEntity
        {
            Scheme = identifier.Scheme, Value = identifier.Value, PersonId = personId, OrganizationId = organizationId,
            SubmittedBy = submittedBy, RecordedAt = clock.StoredUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new StoredIdentifier(identifier, personId, organizationId, displayName);
    }

    /// <summary>The identifiers of a scheme and value (zero or one), or of a subject, by scheme then value.</summary>
    public async Task<IReadOnlyList<StoredIdentifier>> ListAsync(string? scheme, string? value, IdentifierSubject? subject,
        CancellationToken cancellationToken)
    {
        var rows = db.ExternalIdentifiers.AsNoTracking();
        if (!string.IsNullOrEmpty(scheme)) rows = rows.Where(e => e.Scheme == scheme);
        if (!string.IsNullOrEmpty(value)) rows = rows.Where(e => e.Value == value);
        if (subject?.PersonId is { } person) rows = rows.Where(e => e.PersonId == person);
        else if (subject?.OrganizationId is { } organizationId) rows = rows.Where(e => e.OrganizationId == organizationId);
        else if (subject?.Organization is { } printed)
        {
            var organization = await Queries.RecordedNames.CanonicalOrganizationAsync(db, tables, printed, cancellationToken);
            rows = rows.Where(e => db.Organizations.Any(o => o.Id == e.OrganizationId && o.Name == organization));
        }
        var found = await rows.OrderBy(e => e.Scheme).ThenBy(e => e.Value).Take(1000)
            .Select(e => new
            {
                e.Scheme, e.Value, e.PersonId, e.OrganizationId,
                Person = db.People.Where(p => p.Id == e.PersonId).Select(p => p.Name).FirstOrDefault(),
                Organization = db.Organizations.Where(o => o.Id == e.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return found.Select(e => new StoredIdentifier(new ExternalIdentifier(e.Scheme, e.Value), e.PersonId, e.OrganizationId,
            e.Person ?? e.Organization ?? "")).ToList();
    }

    /// <summary>The organisation a write names, by id or by any name it bore; FAILED_PRECONDITION on <c>subject</c> when none.</summary>
    private async Task<(long Id, string Name)> OrganizationAsync(IdentifierSubject subject, CancellationToken cancellationToken)
    {
        if (subject.OrganizationId is { } id)
        {
            var byId = await db.Organizations.Where(o => o.Id == id).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(cancellationToken)
                ?? throw UnknownSubject(Queries.RosterQueries.UnknownOrganizationReason, $"no organisation has the id organizations/{id}");
            return (byId.Id, byId.Name);
        }
        string name;
        try
        {
            name = await Queries.RecordedNames.CanonicalOrganizationAsync(db, tables, subject.Organization ?? "", cancellationToken);
        }
        catch (NotFoundException unknown)
        {
            throw UnknownSubject(unknown.Reason, unknown.Message);
        }
        var organization = await db.Organizations.Where(o => o.Name == name).Select(o => new { o.Id, o.Name }).SingleAsync(cancellationToken);
        return (organization.Id, organization.Name);
    }

    // A write naming what no record names cannot proceed: FAILED_PRECONDITION on the field, as JudgePeople answers.
    private static PreconditionFailedException UnknownSubject(string reason, string message) =>
        new(reason, message, [new PreconditionViolation(reason, "subject", message)]);
}
