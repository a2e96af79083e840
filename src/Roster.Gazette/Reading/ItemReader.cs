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
    /// <summary>Longest person name read, in characters (transliterated names with · run long).</summary>
    public const int MaxPersonLength = 16;

    /// <summary>The item, or null and the message of <see cref="GazetteMessages"/> saying why not.</summary>
    /// <param name="clause">The item text.</param>
    /// <param name="action">The heading's action; null before any heading (the bare "X为Y" form appoints).</param>
    public (OrderItemDraft? Item, string? Problem, string? RemarkProblem) Read(string clause, OrderAction? action)
    {
        var (core, remarks) = Remarks.Split(clause);
        var starts = action is null || action.Value.Starts();
        var removal = core.EndsWith("职务", StringComparison.Ordinal) && core.Contains('的');
        var appointment = core.Contains('为');
        if (starts ? !appointment : !removal)
            return (null, (starts ? removal : appointment) ? GazetteMessages.ItemAgainstHeading : GazetteMessages.NotAnItem, null);

        var separator = starts ? '为' : '的';
        var postText = starts ? core : core[..^"职务".Length];
        (string Person, string Organization, string Title)? read = null;
        var problem = GazetteMessages.UnknownPost;
        // The separator may also occur inside a name (李为民为…): take the first split that reads.
        for (var at = postText.IndexOf(separator); at >= 0; at = postText.IndexOf(separator, at + 1))
        {
            var person = PersonName.Canonical(postText[..at]);
            if (person.Length > MaxPersonLength || PersonName.Problem(person) is not null)
            {
                problem = GazetteMessages.BadPerson;
                continue;
            }
            if (tables.Kinds.Split(postText[(at + 1)..]) is not { } split)
            {
                problem = GazetteMessages.UnknownPost;
                continue;
            }
            read = (person, tables.Names.Resolve(split.Organization, issuer), split.Title);
            break;
        }
        if (read is not { } found) return (null, problem, null);

        var note = remarks.Unknown.Count == 0 ? null : string.Join("；", remarks.Unknown);
        var item = new OrderItemDraft
        {
            Action = action ?? OrderAction.Appoint,
            Person = found.Person,
            Organization = found.Organization,
            Title = found.Title,
            Probation = starts ? remarks.Probation : null,
            RetainsRank = remarks.RetainsRank,
            Note = note,
        };
        var remarkProblem = note is not null || (!starts && remarks.Probation is not null) ? GazetteMessages.UnknownRemark : null;
        return (item, null, remarkProblem);
    }
}
