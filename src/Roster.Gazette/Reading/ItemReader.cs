using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

namespace Roster.Gazette.Reading;

/// <summary>
/// Reads one item clause (compact, terminator removed) under its heading's action:
/// appointments "岳江为阳泉市公安局国内安全保卫支队支队长(试用期一年)", removals
/// "石建军的阳泉市公安局国内安全保卫支队支队长职务(保留原职级待遇)". The post splits into organisation and title by
/// the organisation-kind table; the organisation is resolved in the issuer's jurisdiction (孟县… → 盂县…).
/// </summary>
internal sealed class ItemReader(ReferenceTables tables, string? issuer)
{
    /// <summary>Shortest person name read: Chinese names have at least two characters.</summary>
    public const int MinPersonLength = 2;

    /// <summary>Longest person name read, in characters (transliterated names with · run long).</summary>
    public const int MaxPersonLength = 16;

    private readonly string? _jurisdiction = tables.Names.JurisdictionOf(issuer)?.Name;

    /// <summary>The item, or null and the message of <see cref="GazetteMessages"/> saying why not.</summary>
    /// <param name="clause">The item text.</param>
    /// <param name="action">The heading's action; null before any heading (the bare "X为Y" form appoints).</param>
    public (OrderItemDraft? Item, string? Problem, string? RemarkProblem) Read(string clause, OrderAction? action)
    {
        var starts = action is null || action.Value.Starts();
        var (core, remarks) = Remarks.Split(clause, starts);
        var removal = core.EndsWith("职务", StringComparison.Ordinal) && core.Contains('的');
        var appointment = core.Contains('为');
        if (starts ? !appointment : !removal)
            return (null, (starts ? removal : appointment) ? GazetteMessages.ItemAgainstHeading : GazetteMessages.NotAnItem, null);

        var separator = starts ? '为' : '的';
        var postText = starts ? core : core[..^"职务".Length];
        var candidates = new List<(string Person, string Organization, string Title)>();
        var sawPerson = false;
        // The separator may also occur inside a name (李为民为…) or an organisation (…为民服务中心): try every one.
        for (var at = postText.IndexOf(separator); at >= 0; at = postText.IndexOf(separator, at + 1))
        {
            var person = PersonName.Canonical(postText[..at]);
            if (person.Length is < MinPersonLength or > MaxPersonLength || PersonName.Problem(person) is not null)
                continue;
            sawPerson = true;
            if (tables.Kinds.Split(postText[(at + 1)..]) is { } split)
                candidates.Add((person, tables.Names.Resolve(split.Organization, issuer), split.Title));
        }
        if (candidates.Count > 1)
        {
            // Prefer the reading whose organisation lies in the issuer's jurisdiction; if that does not decide, say so.
            var local = candidates.Where(c => _jurisdiction is not null && c.Organization.StartsWith(_jurisdiction, StringComparison.Ordinal)).ToList();
            if (local.Count != 1) return (null, GazetteMessages.AmbiguousItem, null);
            candidates = local;
        }
        if (candidates.Count == 0) return (null, sawPerson ? GazetteMessages.UnknownPost : GazetteMessages.BadPerson, null);
        var found = candidates[0];

        var note = remarks.Unknown.Count == 0 ? null : string.Join("；", remarks.Unknown);
        var item = new OrderItemDraft
        {
            Action = action ?? OrderAction.Appoint,
            Person = found.Person,
            Organization = found.Organization,
            Title = found.Title,
            Probation = remarks.Probation,
            RetainsRank = remarks.RetainsRank,
            Note = note,
        };
        return (item, null, note is null ? null : GazetteMessages.UnknownRemark);
    }
}
