using Microsoft.EntityFrameworkCore;
using Roster.Data.Ledger;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.People;

namespace Roster.Data.Queries;

/// <summary>
/// People as identities (docs/identity.md): by id (following document redirects and judgement merges), every person of a
/// name, and the review list. Judgement merges are derived from the recorded judgements on each call
/// (<see cref="PersonMerges"/>), so a view as recorded at an earlier moment is the same derivation over fewer judgements.
/// </summary>
public sealed class PeopleQueries(RosterDbContext db)
{
    /// <summary>Reason code of <see cref="NotFoundException"/> for an id no person has.</summary>
    public const string UnknownReason = JudgementRules.UnknownReason;

    /// <summary>The merges the judgements recorded up to <paramref name="asRecordedAt"/> (all when null) make.</summary>
    public async Task<PersonMerges> MergesAsync(DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        var rows = db.Judgements.AsNoTracking();
        if (asRecordedAt is { } at) rows = rows.Where(j => j.RecordedAt <= at);
        var judgements = await rows.Select(j => new Judgement(j.Id, j.FirstId, j.SecondId, j.Verdict, j.RecordedAt)).ToListAsync(cancellationToken);
        return PersonMerges.From(judgements);
    }

    /// <summary>The person <paramref name="id"/> answers as, with tenures held on <paramref name="asOf"/> when given;
    /// <see cref="NotFoundException"/> when no person has the id.</summary>
    public async Task<PersonView> ByIdAsync(long id, DateOnly? asOf, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        var (survivor, merges) = await SurvivorAsync(id, asRecordedAt, cancellationToken);
        var view = await ViewAsync(survivor, merges, asOf, cancellationToken);
        return view with { RedirectedFrom = id == view.Id ? null : id };
    }

    /// <summary>The id <paramref name="id"/> answers as (after document redirects and judgement merges) and every id that answers
    /// as that person too: the rows whose <c>person_id</c> mean the same person; judgements counted up to <paramref name="asRecordedAt"/>
    /// (all when null). <see cref="NotFoundException"/> when no person has the id.</summary>
    public async Task<(long Survivor, IReadOnlyList<long> Ids)> AnsweringIdsAsync(long id, CancellationToken cancellationToken,
        DateTime? asRecordedAt = null)
    {
        var (survivor, merges) = await SurvivorAsync(id, asRecordedAt, cancellationToken);
        var members = merges.MembersOf(survivor);
        var redirected = await RedirectedIntoAsync(members, cancellationToken);
        return (survivor, members.Concat(redirected).Append(survivor).Distinct().Order().ToList());
    }

    /// <summary>The surviving id <paramref name="id"/> answers as, after document redirects and the judgement merges recorded up
    /// to <paramref name="asRecordedAt"/>, with those merges; <see cref="NotFoundException"/> when no person has the id.</summary>
    private async Task<(long Survivor, PersonMerges Merges)> SurvivorAsync(long id, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        if (!await db.People.AsNoTracking().AnyAsync(p => p.Id == id, cancellationToken))
            throw new NotFoundException(UnknownReason, $"no person has the id {new PersonId(id)}");
        var redirects = await MentionRows.RedirectsAsync(db, [id], cancellationToken);
        var merges = await MergesAsync(asRecordedAt, cancellationToken);
        return (merges.SurvivorOf(MentionRows.Follow(redirects, id)), merges);
    }

    /// <summary>Ids a document merged into one of <paramref name="members"/>: they answer as the members' survivor too.</summary>
    private Task<List<long>> RedirectedIntoAsync(IReadOnlyCollection<long> members, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.RedirectsToId != null && members.Contains(p.RedirectsToId.Value))
            .Select(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>Every person named <paramref name="printed"/> (after judgement merges, one entry per surviving id), by id.</summary>
    public async Task<IReadOnlyList<PersonView>> ByNameAsync(string printed, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        var name = PersonName.Canonical(printed);
        var ids = await db.People.AsNoTracking().Where(p => p.Name == name && p.RedirectsToId == null).Select(p => p.Id).ToListAsync(cancellationToken);
        var merges = await MergesAsync(asRecordedAt, cancellationToken);
        var views = new List<PersonView>();
        foreach (var survivor in ids.Select(merges.SurvivorOf).Distinct().Order())
        {
            views.Add(await ViewAsync(survivor, merges, null, cancellationToken));
        }
        return views;
    }

    /// <summary>The open review items (<see cref="ReviewItems"/>) about <paramref name="printed"/>, or about every shared name
    /// when null or empty.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ReviewItemsAsync(string? printed, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking().Where(p => p.RedirectsToId == null);
        if (!string.IsNullOrWhiteSpace(printed))
        {
            var name = PersonName.Canonical(printed);
            people = people.Where(p => p.Name == name);
        }
        else
        {
            // Only names more than one live person bears can raise a question.
            var shared = db.People.Where(p => p.RedirectsToId == null).GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key);
            people = people.Where(p => shared.Contains(p.Name));
        }
        var facts = await people.Select(p => new { p.Id, p.Name, p.Jurisdiction }).ToListAsync(cancellationToken);
        var merges = await MergesAsync(null, cancellationToken);
        return ReviewItems.Among(facts.Select(p => new PersonFacts(p.Id, p.Name, p.Jurisdiction is null ? [] : [p.Jurisdiction])).ToList(), merges);
    }

    private async Task<PersonView> ViewAsync(long survivor, PersonMerges merges, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var members = merges.MembersOf(survivor);
        var redirected = await RedirectedIntoAsync(members, cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => members.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Jurisdiction }).ToListAsync(cancellationToken);
        var tenures = await db.Tenures.AsNoTracking().Where(t => members.Contains(t.PersonId))
            .OrderBy(t => t.KnownSince).ThenBy(t => t.Id).Select(TenureRows.Projection).ToListAsync(cancellationToken);
        var self = people.Single(p => p.Id == survivor);
        var answering = members.Concat(redirected).ToList();
        var identifiers = await db.ExternalIdentifiers.AsNoTracking().Where(e => e.PersonId != null && answering.Contains(e.PersonId.Value))
            .OrderBy(e => e.Scheme).ThenBy(e => e.Value).Select(e => new ExternalIdentifier(e.Scheme, e.Value)).ToListAsync(cancellationToken);
        return new PersonView(survivor, self.Name,
            people.OrderBy(p => p.Id).Select(p => p.Name).Distinct().ToList(),
            people.Select(p => p.Jurisdiction).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
            members.Where(m => m != survivor).Concat(redirected).Distinct().Order().ToList(),
            null,
            asOf is { } d ? tenures.Where(t => t.IsHeldOn(d)).ToList() : tenures,
            identifiers);
    }
}
