using Microsoft.EntityFrameworkCore;
using Roster.Data.Changes;
using Roster.Data.Entities;
using Roster.Domain.People;

namespace Roster.Data.Ledger;

/// <summary>What recording a judgement returns: the stored judgement and the id each person answers as afterwards.</summary>
public sealed record JudgementOutcome(JudgementEntity Judgement, long FirstAnswersAs, long SecondAnswersAs);

/// <summary>
/// Records judgements about two people in one transaction (docs/identity.md): the domain's <see cref="JudgementRules"/> decide
/// whether it may be recorded from the two people's facts and the judgements before it; the change feed gets a PEOPLE_MERGED or
/// PEOPLE_SEPARATED entry for every id whose surviving id the judgement changes.
/// </summary>
public sealed class JudgementLedger(RosterDbContext db, TimeProvider clock)
{
    /// <summary>Records the judgement; throws what <see cref="JudgementRules.Check"/> throws, with nothing stored.</summary>
    public async Task<JudgementOutcome> RecordAsync(long first, long second, Verdict verdict, string? note, string? submittedBy,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.Id == first || p.Id == second)
            .Select(p => new PersonFacts(p.Id, p.Name, p.Jurisdiction == null ? new List<string>() : new List<string> { p.Jurisdiction }, p.RedirectsToId))
            .ToListAsync(cancellationToken);
        var recorded = await db.Judgements.AsNoTracking()
            .Select(j => new Judgement(j.Id, j.FirstId, j.SecondId, j.Verdict, j.RecordedAt)).ToListAsync(cancellationToken);
        var recordedAt = clock.StoredUtcNow();
        var judgement = new Judgement(recorded.Count == 0 ? 1 : recorded.Max(j => j.Id) + 1, first, second, verdict, recordedAt);
        JudgementRules.Check(judgement, people.SingleOrDefault(p => p.Id == first), people.SingleOrDefault(p => p.Id == second), recorded);

        var entity = new JudgementEntity
        {
            FirstId = first, SecondId = second, Verdict = verdict, Note = note, SubmittedBy = submittedBy, RecordedAt = recordedAt,
        };
        db.Judgements.Add(entity);
        var (before, after) = (PersonMerges.From(recorded), PersonMerges.From([.. recorded, judgement]));
        var touched = before.MembersOf(before.SurvivorOf(first)).Concat(before.MembersOf(before.SurvivorOf(second)))
            .Concat(after.MembersOf(after.SurvivorOf(first))).Distinct().Order().ToList();
        var names = await db.People.AsNoTracking().Where(p => touched.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        foreach (var id in touched)
        {
            var (was, now) = (before.SurvivorOf(id), after.SurvivorOf(id));
            if (was == now) continue;
            db.Changes.Add(new ChangeEntity
            {
                RecordedAt = recordedAt,
                Kind = now != id ? ChangeKinds.PeopleMerged : ChangeKinds.PeopleSeparated,
                DocumentNumber = $"judgement/{entity.FirstId}-{entity.SecondId}",
                Organization = "",
                Person = names.GetValueOrDefault(id),
                PersonId = id,
                MergedIntoId = now != id ? now : was,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new JudgementOutcome(entity, after.SurvivorOf(first), after.SurvivorOf(second));
    }
}
