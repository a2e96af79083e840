using Roster.Domain.Errors;

namespace Roster.Domain.People;

/// <summary>
/// Whether a judgement may be recorded (docs/identity.md): two distinct ids, both known and live (an id a document link
/// retired answers as its heir, so the heir is the one to judge), and a <see cref="Verdict.Different"/> that actually parts
/// them: two people joined through a third by other judgements stay one, so the pair to undo must be named.
/// </summary>
public static class JudgementRules
{
    /// <summary>Reason code: both sides name the same person.</summary>
    public const string SelfReason = "JUDGEMENT_OF_ONE_PERSON";
    /// <summary>Reason code: an id no person has.</summary>
    public const string UnknownReason = "PERSON_NOT_FOUND";
    /// <summary>Reason code: an id a document link merged into another.</summary>
    public const string RetiredReason = "PERSON_REDIRECTED";
    /// <summary>Reason code: DIFFERENT about two people other judgements still join.</summary>
    public const string StillJoinedReason = "PEOPLE_JOINED_BY_OTHER_JUDGEMENTS";

    /// <summary>Throws <see cref="InvalidInputException"/> (same id twice) or <see cref="PreconditionFailedException"/> (unknown or
    /// redirected id, a DIFFERENT that other judgements override); returns normally when <paramref name="judgement"/> may be
    /// recorded after <paramref name="recorded"/>. <paramref name="first"/> and <paramref name="second"/> are the stored facts of its
    /// two ids (null when no person has the id); the field names are the request's (<c>first</c>, <c>second</c>).</summary>
    public static void Check(Judgement judgement, PersonFacts? first, PersonFacts? second, IEnumerable<Judgement> recorded)
    {
        if (judgement.First == judgement.Second)
        {
            throw new InvalidInputException(SelfReason, "second", $"{new PersonId(judgement.Second)} is the first person too: a judgement is about two people");
        }
        var problems = new List<PreconditionViolation>();
        foreach (var (field, id, facts) in new[] { ("first", judgement.First, first), ("second", judgement.Second, second) })
        {
            if (facts is null) problems.Add(new PreconditionViolation(UnknownReason, field, $"no person has the id {new PersonId(id)}"));
            else if (facts.RedirectsTo is { } heir)
            {
                problems.Add(new PreconditionViolation(RetiredReason, field,
                    $"{new PersonId(id)} was merged into {new PersonId(heir)} by a document linking their mentions; judge {new PersonId(heir)}"));
            }
        }
        if (problems.Count > 0)
        {
            throw new PreconditionFailedException(problems[0].Type, problems.Count == 1 ? problems[0].Description : "both people are unusable", problems);
        }
        if (judgement.Verdict != Verdict.Same)
        {
            var after = PersonMerges.From(recorded.Append(judgement));
            if (after.SurvivorOf(judgement.First) == after.SurvivorOf(judgement.Second))
            {
                throw new PreconditionFailedException(StillJoinedReason,
                    $"{new PersonId(judgement.First)} and {new PersonId(judgement.Second)} stay one person through other SAME judgements; judge those pairs",
                    [new PreconditionViolation(StillJoinedReason, "second", "joined to the first through another person")]);
            }
        }
    }
}
