using Roster.Domain.Names;
using Roster.Domain.Reference;

namespace Roster.Domain.People;

/// <summary>
/// The jurisdiction an issuing office belongs to, for person resolution: "same name in the same jurisdiction" is one
/// person unless something says otherwise (docs/identity.md).
/// </summary>
public static class Jurisdictions
{
    /// <summary>
    /// The jurisdiction of <paramref name="issuer"/>: the alias table's when it knows the issuer (阳泉市人民政府 → 阳泉市);
    /// else the outermost place the issuer's name states (<see cref="IssuerPlaces"/>: 太原市人民政府 → 太原市,
    /// 山西省人民政府 → 山西省, 阳泉市郊区人民政府 → 阳泉市); else the issuer's whole name (国务院); empty for no issuer.
    /// </summary>
    public static string OfIssuer(string? issuer, ReferenceTables tables)
    {
        var compact = TextForm.Compact(issuer);
        if (compact.Length == 0) return "";
        if (tables.Names.JurisdictionOf(compact) is { } known) return known.Name;
        // "中华人民共和国…" names the state, whatever place words follow.
        if (compact.StartsWith("中华人民共和国", StringComparison.Ordinal)) return "中华人民共和国";
        return IssuerPlaces.Outermost(compact)?.Name ?? compact;
    }
}
