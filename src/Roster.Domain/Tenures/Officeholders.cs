namespace Roster.Domain.Tenures;

/// <summary>The answer to "who held this post on that date": coverage and holders (docs/time.md).</summary>
/// <param name="AsOf">The date asked about.</param>
/// <param name="Coverage">HELD, VACANT or UNKNOWN.</param>
/// <param name="Holders">The tenures held on <paramref name="AsOf"/>, by start; empty unless HELD.</param>
public sealed record Officeholders(DateOnly AsOf, Coverage Coverage, IReadOnlyList<Tenure> Holders)
{
    /// <summary>
    /// Answers from every recorded tenure of the post(s) asked about. HELD when a tenure is held on the
    /// date; VACANT when a tenure ended on or before it and no tenure with an unknown start could have
    /// begun before it (one known only from a later date could); otherwise UNKNOWN: never a guess.
    /// </summary>
    public static Officeholders On(DateOnly date, IEnumerable<Tenure> tenuresOfPost)
    {
        var tenures = tenuresOfPost as IReadOnlyCollection<Tenure> ?? tenuresOfPost.ToList();
        var holders = tenures.Where(t => t.IsHeldOn(date))
            .OrderBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal).ToList();
        if (holders.Count > 0) return new(date, Coverage.Held, holders);

        var endedBefore = tenures.Any(t => t.EndOn <= date);
        var couldHaveBegun = tenures.Any(t => !t.StartKnown && t.KnownSince > date);
        return new(date, endedBefore && !couldHaveBegun ? Coverage.Vacant : Coverage.Unknown, []);
    }
}
