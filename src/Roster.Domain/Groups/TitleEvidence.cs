using Roster.Domain.Posts;
using Roster.Domain.Reference;

namespace Roster.Domain.Groups;

/// <summary>A roster's word that a person held a post on a date (docs/time.md, <c>known_since</c>).</summary>
/// <param name="Person">Canonical person name.</param>
/// <param name="Post">The post attested.</param>
/// <param name="On">The roster's effective date.</param>
/// <param name="Position">The seat's position in the roster.</param>
public sealed record Attestation(string Person, Post Post, DateOnly On, int Position);

/// <summary>
/// Reads the title text printed beside named members ("杜平华 市规划和自然资源局局长") as evidence: each
/// part of "副市长、市公安局局长" that splits into a recognised organisation and title attests that post on the
/// roster's date. Rank titles (二级调研员, 党组成员; <c>seed/group-roles.yaml</c>) attest nothing; neither does a
/// bare title with no organisation (副市长) or an elliptical two-character organisation (监委).
/// </summary>
public static class TitleEvidence
{
    /// <summary>Shortest organisation name read as a post's organisation: "监委副主任" after "市纪委常务副书记、" is elliptical.</summary>
    public const int MinOrganizationLength = 3;

    /// <summary>The attestations of every named seat of <paramref name="roster"/> (one per post and person).</summary>
    public static IReadOnlyList<Attestation> Of(GroupRoster roster, ReferenceTables tables)
    {
        var found = new List<Attestation>();
        foreach (var seat in roster.Seats.Where(s => s.Kind == SeatHolderKind.Person && !string.IsNullOrEmpty(s.TitleText)))
        {
            foreach (var post in Posts(seat.TitleText!, roster.Issuer, tables))
            {
                if (!found.Any(a => a.Person == seat.Person && a.Post == post)) found.Add(new Attestation(seat.Person!, post, roster.EffectiveOn, seat.Position));
            }
        }
        return found;
    }

    /// <summary>The posts a title text names (zero or more), resolved against the issuer's jurisdiction.</summary>
    public static IReadOnlyList<Post> Posts(string titleText, string? issuer, ReferenceTables tables)
    {
        var posts = new List<Post>();
        foreach (var part in titleText.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (tables.Groups.IsRankTitle(part)) continue;
            if (Resolve(part, issuer, tables) is { } post) posts.Add(post);
        }
        return posts;
    }

    /// <summary>The post a printed "organisation + title" names, or null when it does not split into a recognised one.</summary>
    public static Post? Resolve(string printedPost, string? issuer, ReferenceTables tables)
    {
        var compact = Names.TextForm.Compact(printedPost);
        if (tables.Kinds.Split(compact) is not { } split || split.Organization.Length < MinOrganizationLength) return null;
        var organization = tables.Names.Resolve(split.Organization, issuer);
        return new Post(organization, split.Title, tables.Kinds.RankOf(organization, split.Title));
    }
}
