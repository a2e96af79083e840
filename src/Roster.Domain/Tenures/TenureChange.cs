namespace Roster.Domain.Tenures;

/// <summary>What happened to one tenure when a post's tenures were recomputed.</summary>
public enum TenureChangeKind
{
    /// <summary>A tenure that was not there before.</summary>
    Started,
    /// <summary>An open tenure that now has an end.</summary>
    Ended,
    /// <summary>A tenure whose dates, flags or sources differ (e.g. an earlier known-since, a corrected end).</summary>
    Changed,
    /// <summary>A tenure that is no longer derived (e.g. its order was revoked).</summary>
    Withdrawn,
}

/// <summary>One difference between a post's tenures before and after a recomputation.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Before">The tenure as it stood; null for <see cref="TenureChangeKind.Started"/>.</param>
/// <param name="After">The tenure as it stands; null for <see cref="TenureChangeKind.Withdrawn"/>.</param>
public sealed record TenureChange(TenureChangeKind Kind, Tenure? Before, Tenure? After)
{
    /// <summary>The tenure as it stands, or as it stood when withdrawn.</summary>
    public Tenure Current => After ?? Before!;

    /// <summary>
    /// The changes that turn <paramref name="before"/> into <paramref name="after"/> (the tenures of one post). Identical
    /// tenures are no change. Otherwise a tenure is the same one when the person is the same and it is started by the same
    /// order (or, without a starting order, it is that person's next unmatched tenure in date order): then it is
    /// <see cref="TenureChangeKind.Ended"/> when it gained an end, else <see cref="TenureChangeKind.Changed"/>. The rest
    /// of <paramref name="before"/> is withdrawn and the rest of <paramref name="after"/> started. Result order: withdrawn
    /// first, then the others by known-since date.
    /// </summary>
    public static IReadOnlyList<TenureChange> Between(IReadOnlyList<Tenure> before, IReadOnlyList<Tenure> after)
    {
        var unmatchedBefore = before.OrderBy(t => t.KnownSince).ToList();
        var unmatchedAfter = new List<Tenure>();
        foreach (var tenure in after.OrderBy(t => t.KnownSince))
        {
            var same = unmatchedBefore.FindIndex(t => t == tenure);
            if (same >= 0) unmatchedBefore.RemoveAt(same);
            else unmatchedAfter.Add(tenure);
        }

        var changes = new List<TenureChange>();
        var started = new List<TenureChange>();
        foreach (var tenure in unmatchedAfter)
        {
            var match = tenure.StartedBy is not null
                ? unmatchedBefore.FindIndex(t => t.Person == tenure.Person && t.StartedBy == tenure.StartedBy)
                : -1;
            if (match < 0) match = unmatchedBefore.FindIndex(t => t.Person == tenure.Person && (t.StartedBy is null || t.StartedBy == tenure.StartedBy));
            if (match < 0)
            {
                started.Add(new TenureChange(TenureChangeKind.Started, null, tenure));
                continue;
            }
            var previous = unmatchedBefore[match];
            unmatchedBefore.RemoveAt(match);
            var kind = previous.EndOn is null && tenure.EndOn is not null ? TenureChangeKind.Ended : TenureChangeKind.Changed;
            changes.Add(new TenureChange(kind, previous, tenure));
        }
        return
        [
            .. unmatchedBefore.Select(t => new TenureChange(TenureChangeKind.Withdrawn, t, null)),
            .. changes.Concat(started).OrderBy(c => c.Current.KnownSince),
        ];
    }
}
