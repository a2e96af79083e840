using Roster.Domain.Tenures;

namespace Roster.Domain.Lineage;

/// <summary>What lineage does to an organisation's tenures (docs/identity.md, organisations): a MERGED_INTO or ABOLISHED event ends
/// every tenure of the organisation's posts still running on its date; the successor's posts are its own. Pure.</summary>
public static class LineageTenures
{
    /// <summary><paramref name="tenures"/> with every tenure begun before <paramref name="ending"/>'s date and running past it
    /// ended on that date by the event's source; the rest unchanged.</summary>
    public static List<Tenure> EndedBy(IEnumerable<Tenure> tenures, LineageEvent ending) =>
        tenures.Select(t => (t.StartOn ?? t.KnownSince) < ending.EffectiveOn && (t.EndOn is null || t.EndOn > ending.EffectiveOn)
            ? t with { EndOn = ending.EffectiveOn, EndedBy = ending.Source }
            : t).ToList();

    /// <summary><paramref name="tenures"/> with their posts named <paramref name="organization"/> (the name the organisation bore
    /// on the date asked about).</summary>
    public static List<Tenure> Named(IEnumerable<Tenure> tenures, string organization) =>
        tenures.Select(t => t.Post.Organization == organization ? t : t with { Post = t.Post with { Organization = organization } }).ToList();
}
