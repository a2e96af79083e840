namespace Roster.Domain.Tenures;

/// <summary>The answer to "who held this post on that date": coverage and holders (docs/time.md).</summary>
/// <param name="AsOf">The date asked about.</param>
/// <param name="Coverage">HELD, VACANT or UNKNOWN.</param>
/// <param name="Holders">The tenures held on <paramref name="AsOf"/> for certain, by start; empty unless HELD.</param>
public sealed record Officeholders(DateOnly AsOf, Coverage Coverage, IReadOnlyList<Tenure> Holders)
{
    /// <summary>The tenures whose imprecise start or end (known only to the month or year) spans <see cref="AsOf"/>: for each
    /// of these holders the answer is UNKNOWN, not HELD (docs/time.md, imprecise dates). By start, then person.</summary>
    public IReadOnlyList<Tenure> Uncertain { get; init; } = [];

    /// <summary>
    /// Answers from every recorded tenure of the post(s) asked about. HELD when a tenure is held on the date for certain;
    /// otherwise UNKNOWN when the date falls inside a tenure's imprecise start or end (that holder is in
    /// <see cref="Uncertain"/>); VACANT when a tenure certainly ended on or before it and no tenure with an unknown start
    /// could have begun before it (one known only from a later date could); otherwise UNKNOWN: never a guess.
    /// </summary>
    public static Officeholders On(DateOnly date, IEnumerable<Tenure> tenuresOfPost)
    {
        var tenures = tenuresOfPost as IReadOnlyCollection<Tenure> ?? tenuresOfPost.ToList();
        var holders = tenures.Where(t => t.IsHeldOn(date))
            .OrderBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal).ToList();
        List<Tenure> uncertain = [];
        foreach (var t in tenures) if (t.IsUncertainOn(date)) uncertain.Add(t);
        if (uncertain.Count > 1) uncertain = [.. uncertain.OrderBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal)];
        if (holders.Count > 0) return new(date, Coverage.Held, holders) { Uncertain = uncertain };
        if (uncertain.Count > 0) return new(date, Coverage.Unknown, []) { Uncertain = uncertain };

        var endedBefore = tenures.Any(t => t.GoneFrom <= date);
        var couldHaveBegun = tenures.Any(t => !t.StartKnown && t.KnownSince > date);
        return new(date, endedBefore && !couldHaveBegun ? Coverage.Vacant : Coverage.Unknown, []);
    }
}
