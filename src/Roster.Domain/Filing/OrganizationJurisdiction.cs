namespace Roster.Domain.Filing;

/// <summary>
/// Where a canonical organisation name places the organisation, read from the name alone (docs/orders.md, filing across
/// jurisdictions): <c>阳泉市公安局</c> is in 阳泉市, <c>中共太原市委组织部</c> in 太原市. Names are canonical
/// (<see cref="Names.OrganizationNameResolver"/>), so a "市…" of an order is already prefixed with its issuer's jurisdiction.
/// Without a gazetteer the reading is deliberately narrow: it answers only for names that begin with a place of one to four
/// characters and a place level, and never guesses which city a county or a province's bureau belongs to.
/// </summary>
public static class OrganizationJurisdiction
{
    private static readonly char[] Levels = Names.IssuerPlaces.Levels;

    /// <summary>Party prefixes before a place name (中共阳泉市委…).</summary>
    private static readonly string[] PartyPrefixes = ["中国共产党", "中共"];

    /// <summary>Common words a level character ends or starts that name no place (城市管理…, 社区…, 市场…).</summary>
    private static readonly string[] NotPlaces = ["城市", "都市", "超市", "社区", "园区", "景区", "校区", "小区", "营区", "市场"];

    /// <summary>The place <paramref name="organization"/> begins with (<c>阳泉市公安局</c> → <c>阳泉市</c>, <c>广州市…</c> →
    /// <c>广州市</c>, <c>盂县人民政府</c> → <c>盂县</c>, <c>中共太原市委</c> → <c>太原市</c>), or null when it begins with none: a
    /// bare <c>市公安局</c>, a name with no place level (<c>国务院</c>), a place word deep inside a longer name
    /// (<c>阳泉经济技术开发区</c>: at most four characters precede the level), or a common word such as <c>城市</c> or
    /// <c>市场</c> (<c>国家市场监督管理总局</c>).</summary>
    public static string? LeadingPlace(string organization)
    {
        var name = organization;
        foreach (var prefix in PartyPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)) { name = name[prefix.Length..]; break; }
        }
        if (name.Length < 2 || Array.IndexOf(Levels, name[0]) >= 0) return null;
        var end = name.IndexOfAny(Levels, 1);
        if (end < 1 || end > 4) return null;
        // 广州市, 贵州省: a place whose own name ends in 州.
        if (name[end] == '州' && end + 1 < name.Length && Array.IndexOf(Levels, name[end + 1]) >= 0) end++;
        foreach (var word in NotPlaces)
        {
            var at = name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at <= end && at + word.Length > end) return null;
        }
        return name[..(end + 1)];
    }

    /// <summary>True when <paramref name="organization"/> is named inside <paramref name="jurisdiction"/> (a place such as
    /// <c>阳泉市</c>, as <see cref="People.Jurisdictions.OfIssuer"/> gives it): the name contains the jurisdiction's name.</summary>
    public static bool IsWithin(string organization, string jurisdiction) =>
        jurisdiction.Length > 0 && organization.Contains(jurisdiction, StringComparison.Ordinal);

    /// <summary>True only when <paramref name="organization"/> certainly belongs to another place of the same level as
    /// <paramref name="jurisdiction"/>: <c>阳泉市公安局</c> for <c>太原市</c>. False whenever that is not certain: a jurisdiction
    /// that is not a place (<c>国务院</c>), an organisation of another level (a province's <c>山西省公安厅</c> or a county's
    /// <c>盂县人民政府</c> for a city: which city a county lies in is not known here), or a name that begins with no place.</summary>
    public static bool IsClearlyOutside(string organization, string jurisdiction)
    {
        if (jurisdiction.Length < 2 || Array.IndexOf(Levels, jurisdiction[^1]) < 0) return false;
        if (IsWithin(organization, jurisdiction)) return false;
        return LeadingPlace(organization) is { } place && place[^1] == jurisdiction[^1] && place != jurisdiction;
    }
}
