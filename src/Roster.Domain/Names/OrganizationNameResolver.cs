namespace Roster.Domain.Names;

/// <summary>
/// Resolves printed organisation names to canonical ones within an issuer's jurisdiction
/// (docs/normalisation.md): NFKC and white space removed, known extraction errors fixed and abbreviations
/// expanded (<c>seed/aliases.yaml</c>), then "市…"/"县…"/"省…"/"区…" prefixed with the issuer's place of that level
/// (<c>市公安局</c> issued by 阳泉市人民政府 is <c>阳泉市公安局</c>; <c>市财政局</c> issued by 太原市人民政府, which the table
/// does not list, is <c>太原市财政局</c>; docs/decisions.md §73).
/// </summary>
public sealed class OrganizationNameResolver
{
    private readonly IReadOnlyList<JurisdictionAliases> _jurisdictions;

    /// <summary>Builds the resolver from the alias table.</summary>
    public OrganizationNameResolver(IReadOnlyList<JurisdictionAliases> jurisdictions) => _jurisdictions = jurisdictions;

    /// <summary>The jurisdiction an issuer belongs to, or null when the alias table does not know it.</summary>
    public JurisdictionAliases? JurisdictionOf(string? issuer)
    {
        var compact = TextForm.Compact(issuer);
        return _jurisdictions.FirstOrDefault(j => j.Issuers.Contains(compact))
            ?? _jurisdictions.FirstOrDefault(j => compact.StartsWith(j.Name, StringComparison.Ordinal));
    }

    /// <summary>The canonical name of <paramref name="printed"/> as used in an order of <paramref name="issuer"/>;
    /// with no issuer, against the jurisdiction whose name they start with, else the only jurisdiction when the
    /// table has exactly one (so "市公安局" asked of a Yangquan deployment is 阳泉市公安局).</summary>
    public string Resolve(string? printed, string? issuer)
    {
        var name = TextForm.Compact(printed);
        if (name.Length == 0) return name;
        var jurisdiction = JurisdictionOf(issuer)
            ?? _jurisdictions.FirstOrDefault(j => name.StartsWith(j.Name, StringComparison.Ordinal))
            ?? (string.IsNullOrWhiteSpace(issuer) && _jurisdictions.Count == 1 ? _jurisdictions[0] : null);
        if (jurisdiction is not null)
        {
            foreach (var replacement in jurisdiction.Replacements.OrderByDescending(r => r.From.Length))
            {
                name = name.Replace(replacement.From, replacement.To, StringComparison.Ordinal);
            }
        }
        // "市公安局" inside 阳泉市 is 阳泉市公安局; "县教育科技局" of 平定县人民政府 is 平定县教育科技局; "区…" of
        // 阳泉市郊区人民政府 is 阳泉市郊区…: the place of that level the issuer states, or the table's jurisdiction.
        if (name.Length > 1 && PlacesOf(issuer, jurisdiction).LastOrDefault(p => p.Level == name[0]) is { } place
            && !name.StartsWith(place.Name, StringComparison.Ordinal))
        {
            name = place.Name + name[1..];
        }
        return name;
    }

    /// <summary>The places "市…"/"县…"/"省…"/"区…" may stand for in an order of <paramref name="issuer"/>: those its name
    /// states (<see cref="IssuerPlaces"/>), after the alias table's jurisdiction when the name does not state it.</summary>
    private static IReadOnlyList<IssuerPlace> PlacesOf(string? issuer, JurisdictionAliases? jurisdiction)
    {
        var places = IssuerPlaces.Of(issuer);
        if (jurisdiction is null || places.Any(p => p.Name == jurisdiction.Name)) return places;
        return [.. IssuerPlaces.Of(jurisdiction.Name), .. places];
    }

    /// <summary>
    /// <paramref name="printed"/> compacted, with only the known extraction errors of the issuer's jurisdiction fixed
    /// (孟县政府副县长 -> 盂县政府副县长); abbreviations stay as printed. For title text beside a name.
    /// </summary>
    public string FixText(string? printed, string? issuer)
    {
        var text = TextForm.Compact(printed);
        if (JurisdictionOf(issuer) is not { Fixes: { } fixes }) return text;
        foreach (var fix in fixes.OrderByDescending(r => r.From.Length))
        {
            text = text.Replace(fix.From, fix.To, StringComparison.Ordinal);
        }
        return text;
    }
}
