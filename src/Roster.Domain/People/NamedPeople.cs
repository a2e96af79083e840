using Roster.Domain.Errors;

namespace Roster.Domain.People;

/// <summary>
/// An id named in a request must be a person of the name written (docs/identity.md): the id wins over the rules, but it
/// cannot make 王萍 of 王平; that is a SAME judgement between two people.
/// </summary>
public static class NamedPeople
{
    /// <summary>Reason code: a named id no person has.</summary>
    public const string UnknownReason = JudgementRules.UnknownReason;
    /// <summary>Reason code: a named id whose person bears another name.</summary>
    public const string OtherNameReason = "PERSON_NAMED_OTHERWISE";

    /// <summary>Throws <see cref="PreconditionFailedException"/> naming each field (<c>items[i].person_id</c>) whose id no person has
    /// or whose person (after redirects) bears another name than the item writes.</summary>
    /// <param name="named">Per item naming an id: the field path, the name written, the id as named, and the person it answers as
    /// (null when no person has it).</param>
    public static void Check(IEnumerable<(string Field, string Name, PersonId Named, PersonFacts? Person)> named)
    {
        var problems = new List<PreconditionViolation>();
        foreach (var (field, name, id, person) in named)
        {
            if (person is null) problems.Add(new PreconditionViolation(UnknownReason, field, $"no person has the id {id}"));
            else if (person.Name != name)
            {
                problems.Add(new PreconditionViolation(OtherNameReason, field,
                    $"{id} is {person.Name}, not {name}; to say they are one person, judge the two SAME"));
            }
        }
        if (problems.Count > 0)
        {
            throw new PreconditionFailedException(problems[0].Type, problems.Count == 1 ? problems[0].Description
                : $"{problems.Count} person ids do not fit their items", problems);
        }
    }
}
