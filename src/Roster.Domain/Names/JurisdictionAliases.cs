namespace Roster.Domain.Names;

/// <summary>A textual replacement applied to organisation names (an abbreviation or a known extraction error).</summary>
/// <param name="From">Text as printed, e.g. <c>孟县</c> or <c>市规自局</c>.</param>
/// <param name="To">Text it stands for, e.g. <c>盂县</c> or <c>市规划和自然资源局</c>.</param>
public sealed record NameReplacement(string From, string To);

/// <summary>
/// One jurisdiction of the alias table (<c>seed/aliases.yaml</c>): the issuers that belong to it and the
/// replacements that hold inside it (孟县 is a real county in Henan, so that fix is Yangquan's only).
/// </summary>
/// <param name="Name">Jurisdiction name, e.g. <c>阳泉市</c>; "市…" in its issuers' orders means "阳泉市…".</param>
/// <param name="Issuers">Issuers in it, e.g. <c>阳泉市人民政府</c>.</param>
/// <param name="Replacements">Fixes and abbreviations, applied longest first.</param>
/// <param name="Fixes">The known extraction errors alone (孟县 -> 盂县), also applied to printed title text; empty when not given.</param>
/// <param name="Government">The jurisdiction's people's government (<c>阳泉市人民政府</c>), whose deputies hold the portfolios its
/// rosters' portfolio seats name; null when the table does not give it.</param>
public sealed record JurisdictionAliases(string Name, IReadOnlyList<string> Issuers, IReadOnlyList<NameReplacement> Replacements,
    IReadOnlyList<NameReplacement>? Fixes = null, string? Government = null);
