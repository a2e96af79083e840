using Roster.Data.Ledger;
using Roster.Data.Lineage;
using Roster.Domain.Lineage;
using Microsoft.EntityFrameworkCore;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Data.Queries;

/// <summary>
/// Point-in-time reads over the derived tenures (docs/time.md): officeholders of a post on a date with
/// coverage, tenures of a person or organisation, a person's posts. Untracked, index-backed.
/// </summary>
/// <param name="db">The context (pooled in the server).</param>
/// <param name="tables">Organisation names and aliases.</param>
/// <param name="statements">The prepared SQLite form of the officeholder question; null (another provider) runs the
/// compiled EF query instead. Both answer identically.</param>
/// <param name="lineage">The recorded organisation lineage (docs/identity.md, organisations); null answers by the exact name only.</param>
public sealed class RosterQueries(RosterDbContext db, ReferenceTables tables, OfficeholderStatements? statements = null, LineageIndex? lineage = null)
{
    /// <summary>Reason code for an organisation with no record.</summary>
    public const string UnknownOrganizationReason = "ORGANIZATION_NOT_FOUND";
    /// <summary>Reason code for a person with no record.</summary>
    public const string UnknownPersonReason = "PERSON_NOT_FOUND";

    /// <summary>Who held the selected posts of <paramref name="organization"/> on <paramref name="asOf"/>, as the ledger
    /// stands now (the hot path: one statement per name tried, see <see cref="OfficeholderQuery"/>).
    /// Returns the canonical organisation name and the answer; <see cref="NotFoundException"/> when no record names the organisation.</summary>
    public async Task<(string Organization, Officeholders Answer)> OfficeholdersAsync(
        string organization, PostSelector selector, DateOnly asOf, CancellationToken cancellationToken)
    {
        var answer = await AnswerOfficeholdersAsync(organization, selector, asOf, cancellationToken);
        return (answer.Organization, answer.Answer);
    }

    /// <summary>As <see cref="OfficeholdersAsync"/>, through the organisation lineage (docs/identity.md, organisations): a name some
    /// organisation with lineage bore is resolved on <paramref name="asOf"/> (<see cref="LineageResolution"/>) to the organisation
    /// that answers and the name it bore then, and a MERGED_INTO or ABOLISHED event ends its tenures; then the same statement
    /// runs. A name without lineage costs one in-memory lookup.</summary>
    public async Task<OfficeholderAnswer> AnswerOfficeholdersAsync(
        string organization, PostSelector selector, DateOnly asOf, CancellationToken cancellationToken)
    {
        var (compact, resolved) = RecordedNames.OrganizationCandidates(tables, organization);
        if (lineage is not null)
        {
            var snapshot = await lineage.CurrentAsync(db, cancellationToken);
            foreach (var name in compact == resolved ? [resolved] : new[] { resolved, compact })
            {
                if (snapshot.Mentions(name) && await ThroughLineageAsync(snapshot, name, selector, asOf, cancellationToken) is { } answer)
                    return answer;
            }
        }
        return await ByNameAsync(compact, resolved, selector, asOf, cancellationToken);
    }

    private async Task<OfficeholderAnswer?> ThroughLineageAsync(LineageSnapshot snapshot, string name, PostSelector selector, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        var answers = LineageResolution.Resolve(name, asOf, snapshot.BearersOf(name), snapshot.Graph, snapshot.Organization);
        // None answers on that date (the bearer ended before it): the bearer of the name answers itself, its tenures ended.
        var chosen = answers.Count > 0 ? answers[0]
            : snapshot.BearersOf(name).Where(o => o.Name == name).Select(o => new LineageAnswer(o, name, null, false)).FirstOrDefault();
        if (chosen is null || await TenuresOfPostsAsync(chosen.Organization.Name, selector, cancellationToken) is not { } tenures) return null;
        if (snapshot.Graph.Ending(chosen.Organization.Id) is { } ending) tenures = LineageTenures.EndedBy(tenures, ending);
        var names = new[] { chosen.Via?.OrganizationId, chosen.Via?.RelatedId, chosen.Organization.Id }.OfType<long>().Distinct()
            .Select(snapshot.Organization).OfType<OrganizationFacts>().ToDictionary(o => o.Id, o => o.Name);
        return new OfficeholderAnswer(chosen.NameOnDate, chosen.Organization.Id,
            Officeholders.On(asOf, LineageTenures.Named(tenures, chosen.NameOnDate)), chosen.Via is null ? null : chosen, names);
    }

    private async Task<OfficeholderAnswer> ByNameAsync(string compact, string resolved, PostSelector selector, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        // The resolved name first, then the printed one, as CanonicalOrganizationAsync tries them.
        if (await TenuresOfPostsAsync(resolved, selector, cancellationToken) is { } tenures)
            return new OfficeholderAnswer(resolved, null, Officeholders.On(asOf, tenures), null);
        if (compact != resolved && await TenuresOfPostsAsync(compact, selector, cancellationToken) is { } printed)
            return new OfficeholderAnswer(compact, null, Officeholders.On(asOf, printed), null);
        throw RecordedNames.UnknownOrganization(compact);
    }

    /// <summary>Every tenure of the selected posts of the organisation named exactly <paramref name="name"/>; null when none is.</summary>
    private async Task<List<Tenure>?> TenuresOfPostsAsync(string name, PostSelector selector, CancellationToken cancellationToken) =>
        statements is not null
            ? statements.Tenures(name, selector)
            : await OfficeholderQuery.TenuresAsync(db, name, selector, cancellationToken);

    // Tenures by known-since date, then id.
    private static readonly KeyColumn<Entities.TenureEntity>[] TenureKey = [KeyColumn<Entities.TenureEntity>.Of(t => t.KnownSince), KeyColumn<Entities.TenureEntity>.Of(t => t.Id)];

    /// <summary>Tenures of a person (by canonical name, or by the ids <paramref name="personIds"/> answering as one person) or of an
    /// organisation, overlapping [<paramref name="from"/>, <paramref name="to"/>) when given, ordered by known-since date; the page
    /// after <paramref name="cursor"/> (keyset).</summary>
    public async Task<Page<Tenure>> TenuresAsync(string? person, string? organization,
        DateOnly? from, DateOnly? to, PageCursor cursor, int size, CancellationToken cancellationToken, IReadOnlyCollection<long>? personIds = null)
    {
        var query = db.Tenures.AsNoTracking();
        if (personIds is not null)
        {
            var ids = personIds.ToList();
            query = query.Where(t => ids.Contains(t.PersonId));
        }
        else if (!string.IsNullOrEmpty(person))
        {
            var name = await RecordedNames.CanonicalPersonAsync(db, person, cancellationToken);
            query = query.Where(t => t.Person.Name == name);
        }
        else if (!string.IsNullOrEmpty(organization))
        {
            var name = await RecordedNames.CanonicalOrganizationAsync(db, tables, organization, cancellationToken);
            query = query.Where(t => t.Post.Organization.Name == name);
        }
        if (to is { } end) query = query.Where(t => t.KnownSince < end);
        if (from is { } start)
        {
            // An end known only to the month or year is stored as the span's first day and may fall anywhere in it
            // (Tenure.GoneFrom): such a tenure overlaps the period when its span reaches past the period's start.
            var monthBefore = start.AddMonths(-1);
            var yearBefore = start.AddYears(-1);
            query = query.Where(t => t.EndOn == null || t.EndOn > start
                || (t.EndPrecision == DatePrecision.Month && t.EndOn > monthBefore)
                || (t.EndPrecision == DatePrecision.Year && t.EndOn > yearBefore));
        }
        // The same keyed read twice, bounded by the page: the tenures, and the ids of the page's rows (the domain tenure has none).
        var keyed = query.After(TenureKey, cursor).Take(size + 1);
        var page = await keyed.Select(TenureRows.Projection).ToListAsync(cancellationToken);
        if (page.Count <= size) return new(page, null);
        var last = await keyed.Skip(size - 1).Take(1).Select(t => new { t.KnownSince, t.Id }).SingleAsync(cancellationToken);
        return new(page.Take(size).ToList(),
            new PageCursor([last.KnownSince.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), last.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], 0));
    }

    /// <summary>A person's canonical name and tenures (only those held on <paramref name="asOf"/> when given);
    /// <see cref="NotFoundException"/> when no order names them.</summary>
    public async Task<(string Name, IReadOnlyList<Tenure> Tenures)> PersonAsync(string person, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var name = await RecordedNames.CanonicalPersonAsync(db, person, cancellationToken);
        var tenures = await db.Tenures.AsNoTracking().Where(t => t.Person.Name == name)
            .OrderBy(t => t.KnownSince).ThenBy(t => t.Id)
            .Select(TenureRows.Projection).ToListAsync(cancellationToken);
        return (name, asOf is { } d ? tenures.Where(t => t.IsHeldOn(d)).ToList() : tenures);
    }
}
