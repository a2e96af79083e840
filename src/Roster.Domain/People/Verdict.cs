namespace Roster.Domain.People;

/// <summary>A clerk's answer to "are these two the same person?" (docs/identity.md, judgements).</summary>
public enum Verdict
{
    /// <summary>One person: the two merge under the lower id; the other redirects to it.</summary>
    Same = 1,
    /// <summary>Two people: they stay apart and the review list stops asking.</summary>
    Different = 2,
    /// <summary>Not known: they stay apart and the question stays open, marked as judged unsure.</summary>
    Unsure = 3,
}
