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

    /// <summary>The recorded name of the organisation <paramref name="printed"/> means.</summary>
    public static async Task<string> CanonicalOrganizationAsync(RosterDbContext db, ReferenceTables tables, string printed,
        CancellationToken cancellationToken)
    {
        var (compact, resolved) = OrganizationCandidates(tables, printed);
        foreach (var candidate in new[] { resolved, compact }.Distinct())
        {
            if (await db.Organizations.AsNoTracking().AnyAsync(o => o.Name == candidate, cancellationToken)) return candidate;
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
