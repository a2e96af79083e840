namespace Roster.Domain.People;

/// <summary>
/// A recorded judgement about two people: a record like an order, never edited; a later judgement about the same two
/// replaces its effect (docs/identity.md).
/// </summary>
/// <param name="Id">The judgement's row id; recorded order.</param>
/// <param name="First">One person (as named in the request, before redirects).</param>
/// <param name="Second">The other.</param>
/// <param name="Verdict">The answer.</param>
/// <param name="RecordedAt">When the server recorded it (UTC).</param>
public sealed record Judgement(long Id, long First, long Second, Verdict Verdict, DateTime RecordedAt)
{
    /// <summary>The two ids, lower first: the pair the judgement is about, whichever way round it was asked.</summary>
    public (long Low, long High) Pair => First < Second ? (First, Second) : (Second, First);
}
