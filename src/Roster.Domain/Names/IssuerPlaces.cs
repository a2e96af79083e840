namespace Roster.Domain.Names;

/// <summary>A place an issuing office sits in, read from the office's name (docs/normalisation.md).</summary>
/// <param name="Name">The place as it prefixes its organisations' names, e.g. <c>太原市</c>, <c>平定县</c>, <c>阳泉市郊区</c>.</param>
/// <param name="Level">The place level ending the name, e.g. <c>市</c>; "市…" in the office's orders means this place's 市.</param>
public sealed record IssuerPlace(string Name, char Level);

/// <summary>
/// The places an issuing office's name states, outermost first: 太原市人民政府 → [太原市], 平定县人民政府 → [平定县],
/// 山西省人民政府 → [山西省], 阳泉市郊区人民政府 → [阳泉市, 阳泉市郊区]. One rule for both uses of an issuer's place:
/// the jurisdiction of person resolution (the outermost place) and the expansion of "市…"/"县…"/"省…"/"区…" in
/// organisation names (the place of that level). Chinese offices print their own place in full, so the name alone
/// suffices where the alias table does not list the office (docs/decisions.md §73).
/// </summary>
public static class IssuerPlaces
{
    /// <summary>Place levels that end a place name, from the province down; also how an organisation's name is read for
    /// the place it begins with (<see cref="Filing.OrganizationJurisdiction"/>).</summary>
    internal static readonly char[] Levels = ['省', '市', '州', '盟', '县', '旗', '区'];

    /// <summary>Levels whose bare name repeats across a province (郊区, 城区, 矿区 in many cities): the place keeps the
    /// name of the place above it, as issuers print it (阳泉市郊区人民政府).</summary>
    private const string LocalLevels = "区";

    /// <summary>Words before the place in a party office's name (中共阳泉市委).</summary>
    private const string PartyPrefix = "中共";

    /// <summary>The places <paramref name="issuer"/> (compacted text) states, outermost first; empty when it states
    /// none (国务院) or names the state (中华人民共和国…).</summary>
    public static IReadOnlyList<IssuerPlace> Of(string? issuer)
    {
        var text = TextForm.Compact(issuer);
        if (text.StartsWith("中华人民共和国", StringComparison.Ordinal)) return [];
        if (text.StartsWith(PartyPrefix, StringComparison.Ordinal)) text = text[PartyPrefix.Length..];
        var places = new List<IssuerPlace>();
        var start = 0;
        // Places stand at the head of an office's name; the first word that is no place ends them
        // (人民政府, 人民代表大会常务委员会, 委).
        while (start < text.Length)
        {
            var end = text.IndexOfAny(Levels, start);
            if (end <= start || IsOfficeWord(text[start..end])) break;
            var segment = text[start..(end + 1)];
            var level = text[end];
            var name = LocalLevels.Contains(level) && places.Count > 0 ? places[^1].Name + segment : segment;
            places.Add(new IssuerPlace(name, level));
            start = end + 1;
        }
        return places;
    }

    /// <summary>The outermost place of <paramref name="issuer"/>, or null when it states none.</summary>
    public static IssuerPlace? Outermost(string? issuer) => Of(issuer) is [var first, ..] ? first : null;

    /// <summary>Text before a level character that is the office, not a place: 人民政府 holds no level, but an office
    /// such as 人民代表大会常务委员会 or 管理委员会 could run into a later 区/县 of an unrelated word.</summary>
    private static bool IsOfficeWord(string text) =>
        text.Contains("人民", StringComparison.Ordinal) || text.Contains("委员会", StringComparison.Ordinal)
        || text.Contains("政府", StringComparison.Ordinal) || text.Contains("办公", StringComparison.Ordinal);
}
