using Microsoft.EntityFrameworkCore;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Reference;

namespace Roster.Data.Queries;

/// <summary>
/// Which recorded organisation or person a name typed by a caller means (docs/normalisation.md): the name compacted, an
/// organisation's canonical name from the reference tables tried before the name as typed. Shared by the current and
/// the as-recorded queries. A name no record uses is NOT_FOUND (<see cref="NotFoundException"/>).
/// </summary>
internal static class RecordedNames
{
    /// <summary>The printed name compacted, and the canonical name the reference tables resolve it to (tried first).</summary>
    public static (string Compact, string Resolved) OrganizationCandidates(ReferenceTables tables, string printed)
    {
        var compact = TextForm.Compact(printed);
        return (compact, tables.Names.Resolve(compact, issuer: null));
    }

    /// <summary>The NOT_FOUND of an organisation no record names.</summary>
    public static NotFoundException UnknownOrganization(string compact) =>
        new(RosterQueries.UnknownOrganizationReason, $"no record names the organisation '{TextForm.Quote(compact)}'");

    /// <summary>The recorded name of the organisation <paramref name="printed"/> means: a record's name, or the current name of
    /// the record a recorded rename took it from (<see cref="Lineage.FormerNames"/>); <see cref="NotFoundException"/> otherwise.</summary>
    public static async Task<string> CanonicalOrganizationAsync(RosterDbContext db, ReferenceTables tables, string printed,
        CancellationToken cancellationToken)
    {
        var (compact, resolved) = OrganizationCandidates(tables, printed);
        var candidates = new[] { resolved, compact }.Distinct().ToList();
        foreach (var candidate in candidates)
        {
            if (await db.Organizations.AsNoTracking().AnyAsync(o => o.Name == candidate, cancellationToken)) return candidate;
        }
        // A name a recorded rename took from a record is that record's (its row bears the new name now).
        var current = await Lineage.FormerNames.CurrentAsync(db, candidates, cancellationToken);
        foreach (var candidate in candidates)
        {
            if (current.TryGetValue(candidate, out var name)) return name;
        }
        throw UnknownOrganization(compact);
    }

    /// <summary>The recorded name of the person <paramref name="printed"/> means.</summary>
    public static async Task<string> CanonicalPersonAsync(RosterDbContext db, string printed, CancellationToken cancellationToken)
    {
        var name = PersonName.Canonical(printed);
        if (!await db.People.AsNoTracking().AnyAsync(p => p.Name == name, cancellationToken))
            throw new NotFoundException(RosterQueries.UnknownPersonReason, $"no record names the person '{TextForm.Quote(name)}'");
        return name;
    }
}
