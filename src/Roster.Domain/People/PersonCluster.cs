namespace Roster.Domain.People;

/// <summary>The mentions the resolution rules put together as one person, each with why it belongs.</summary>
/// <param name="Mentions">The mentions, each with its reason.</param>
/// <param name="ExplicitPerson">The id the requests named for these mentions, when they named one.</param>
public sealed record PersonCluster(IReadOnlyList<(Mention Mention, MentionReason Reason)> Mentions, long? ExplicitPerson)
{
    /// <summary>The jurisdictions the mentions were issued in, ordinal order.</summary>
    public IReadOnlyList<string> Jurisdictions =>
        Mentions.Select(m => m.Mention.Jurisdiction).Distinct().Order(StringComparer.Ordinal).ToList();
}
