using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Reference;

namespace Roster.Gazette.Reading;

/// <summary>
/// Reads one item clause (compact, terminator removed) under its heading's action into one or more items:
/// appointments "岳江为阳泉市公安局国内安全保卫支队支队长(试用期一年)", removals
/// "石建军的阳泉市公安局国内安全保卫支队支队长职务(保留原职级待遇)", one person to several posts
/// ("X为A局局长,兼B办公室主任"; "X为A局党组书记、局长"; "免去X的A局局长、B办主任职务"), 兼任 (concurrent),
/// 代理 and 主持工作 (acting), 挂职 (secondment, kept as the note), resignations "接受X辞去Y职务". Each post splits into
/// organisation and title by the organisation-kind table; the organisation is resolved in the issuer's
/// jurisdiction (孟县… → 盂县…). A post that does not split is not guessed: the whole clause is a diagnostic.
/// </summary>
internal sealed class ItemReader(ReferenceTables tables, string? issuer)
{
    /// <summary>Shortest person name read: Chinese names have at least two characters.</summary>
    public const int MinPersonLength = 2;

    /// <summary>Longest person name read, in characters (transliterated names with · run long).</summary>
    public const int MaxPersonLength = 16;

    /// <summary>Separators between the person and the first post of an appointment, longest first.</summary>
    private static readonly string[] StartSeparators = ["兼任", "担任", "聘为", "为", "兼", "任"];

    /// <summary>Longest name (with 同志) before a bare 任 or 担任 ("赵刚任青川县教育局局长"): further in, 任 is part of a
    /// post (主任) or an organisation, never where the person ends.</summary>
    private const int MaxNameBeforeTakes = 6;

    /// <summary>The places the issuer's organisations are named under: the alias table's jurisdiction and those the
    /// issuer's name states (<see cref="IssuerPlaces"/>; 阳泉市, 太原市, 阳泉市郊区).</summary>
    private readonly IReadOnlyList<string> _places =
        [.. new[] { tables.Names.JurisdictionOf(issuer)?.Name }.OfType<string>(), .. IssuerPlaces.Of(issuer).Select(p => p.Name)];

    /// <summary>The items, or an empty list and the message of <see cref="GazetteMessages"/> saying why not.</summary>
    /// <param name="clause">The item text.</param>
    /// <param name="action">The heading's action; null before any heading (the bare "X为Y" form appoints).</param>
    public (IReadOnlyList<OrderItemDraft> Items, string? Problem, string? RemarkProblem) Read(string clause, OrderAction? action)
    {
        var resignation = Vocabulary.Resignation().Match(clause);
        if (resignation.Success)
        {
            // 接受X辞去Y职务: a removal at the person's request.
            clause = resignation.Groups["person"].Value + "的" + resignation.Groups["post"].Value + "职务(" + Vocabulary.ResignationNote + ")";
            action = OrderAction.Remove;
        }
        var noLonger = Vocabulary.NoLongerHolds().Match(clause);
        if (noLonger.Success)
        {
            // "X不再担任Y职务": a removal in the words of a 任免 list that has no 免去 heading.
            clause = noLonger.Groups["person"].Value + "的" + noLonger.Groups["post"].Value + "职务" + noLonger.Groups["remarks"].Value;
            action = OrderAction.Remove;
        }
        var starts = action is null || action.Value.Starts();
        clause = Remarks.Bracketed(clause, starts);
        var (core, remarks) = Remarks.Split(clause, starts);
        var removal = core.EndsWith("职务", StringComparison.Ordinal);
        var appointment = SeparatorPositions(core, starts: true).Any();
        if (starts ? !appointment : !removal)
            return ([], (starts ? removal : appointment) ? GazetteMessages.ItemAgainstHeading : GazetteMessages.NotAnItem, null);

        var postText = starts ? core : core[..^"职务".Length];
        var candidates = new List<(string Person, List<Segment> Posts, bool Engaged)>();
        var sawPerson = false;
        // The separator may also occur inside a name (李为民为…) or an organisation (…为民服务中心): try every one.
        foreach (var (at, length, concurrent, engaged) in SeparatorPositions(postText, starts))
        {
            var person = PersonName.Canonical(StripComrade(postText[..at]));
            if (person.Length is < MinPersonLength or > MaxPersonLength || PersonName.Problem(person) is not null)
                continue;
            sawPerson = true;
            if (ReadPosts(postText[(at + length)..], concurrent) is { } posts) candidates.Add((person, posts, engaged));
        }
        if (candidates.Count > 1)
        {
            // Prefer the reading whose organisations lie in the issuer's jurisdiction; if that does not decide, say so.
            var local = candidates.Where(c => c.Posts.All(p => _places.Any(place => p.Organization.StartsWith(place, StringComparison.Ordinal)))).ToList();
            // With no 的, a longer name only swallows the head of the place ("张三阳泉" + 市财政局): the shortest name
            // whose posts lie in the issuer's places is the one printed.
            if (!starts && !postText.Contains('的') && local.Count > 1) local = [local.MinBy(c => c.Person.Length)];
            if (local.Count != 1) return ([], GazetteMessages.AmbiguousItem, null);
            candidates = local;
        }
        if (candidates.Count == 0) return ([], sawPerson ? GazetteMessages.UnknownPost : GazetteMessages.BadPerson, null);
        var (found, segments, engagedBy) = candidates[0];
        // "X聘为Y" engages, whatever heading (or none) stands before it.
        if (engagedBy && action is null or OrderAction.Appoint) action = OrderAction.Engage;

        var notes = remarks.Notes.ToList();
        notes.AddRange(remarks.Unknown);
        var note = notes.Count == 0 ? null : string.Join("；", notes);
        var items = segments.Select((s, i) => new OrderItemDraft
        {
            Action = action ?? OrderAction.Appoint,
            Person = found,
            Organization = s.Organization,
            Title = s.Title,
            Concurrent = s.Concurrent,
            Acting = s.Acting || remarks.Acting,
            // Remarks in parentheses close the line and belong to its last post.
            Probation = i == segments.Count - 1 ? remarks.Probation : null,
            RetainsRank = i == segments.Count - 1 && remarks.RetainsRank,
            Note = i == segments.Count - 1 ? note : s.Secondment ? Vocabulary.SecondmentNote : null,
        }).ToList();
        return (items, null, remarks.Unknown.Count == 0 ? null : GazetteMessages.UnknownRemark);
    }

    private sealed record Segment(string Organization, string Title, bool Concurrent, bool Acting, bool Secondment);

    /// <summary>Where the person ends: every 为/兼任/兼/聘为 of an appointment (任/担任 only just after a name), every 的
    /// of a removal.</summary>
    private static IEnumerable<(int At, int Length, bool Concurrent, bool Engaged)> SeparatorPositions(string text, bool starts)
    {
        if (!starts)
        {
            for (var at = text.IndexOf('的'); at >= 0; at = text.IndexOf('的', at + 1)) yield return (at, 1, false, false);
            // "免去周涛市审计局副局长职务" prints no 的: the name ends somewhere in its first characters, and the reading
            // whose posts lie in the issuer's places is taken (阳泉市审计局, never 周涛市 + 审计局).
            if (text.Contains('的')) yield break;
            for (var at = MinPersonLength; at <= Math.Min(MaxNameBeforeTakes, text.Length - 1); at++) yield return (at, 0, false, false);
            yield break;
        }
        for (var at = 0; at < text.Length; at++)
        {
            foreach (var separator in StartSeparators)
            {
                if (string.CompareOrdinal(text, at, separator, 0, separator.Length) != 0) continue;
                if (separator is "任" or "担任" && at > MaxNameBeforeTakes) continue;
                yield return (at, separator.Length, separator[0] == '兼', separator == "聘为");
                at += separator.Length - 1; // the 为 of 聘为 is not a separator of its own ("孙强聘" is no person)
                break;
            }
        }
    }

    /// <summary>"A局局长,兼B办公室主任" / "A局党组书记、局长": every post, or null when one does not split.</summary>
    private List<Segment>? ReadPosts(string text, bool firstConcurrent)
    {
        var posts = new List<Segment>();
        string? previousOrganization = null;
        foreach (var part in text.Split([',', '、'], StringSplitOptions.None))
        {
            var segment = part;
            var concurrent = posts.Count == 0 && firstConcurrent;
            var secondment = false;
            if (segment.StartsWith("兼任", StringComparison.Ordinal)) { concurrent = true; segment = segment[2..]; }
            else if (segment.StartsWith('兼')) { concurrent = true; segment = segment[1..]; }
            if (segment.StartsWith("挂职", StringComparison.Ordinal)) { secondment = true; segment = segment[2..]; }
            if (segment.EndsWith("职务", StringComparison.Ordinal)) segment = segment[..^2];
            var acting = false;
            var agent = segment.IndexOf("代理", StringComparison.Ordinal);
            if (agent > 0) { acting = true; segment = segment.Remove(agent, 2); }
            if (segment.Length == 0) return null;
            var split = tables.Kinds.Split(segment);
            if (split is null && previousOrganization is not null)
            {
                // "党组书记、局长": a bare title takes the organisation before it.
                split = tables.Kinds.Split(previousOrganization + segment) is { } inherited && inherited.Organization == previousOrganization ? inherited : null;
                if (split is not null)
                {
                    posts.Add(new Segment(tables.Names.Resolve(previousOrganization, issuer), split.Value.Title, concurrent, acting, secondment));
                    continue;
                }
            }
            if (split is null) return null;
            var organization = tables.Names.Resolve(split.Value.Organization, issuer);
            posts.Add(new Segment(organization, split.Value.Title, concurrent, acting, secondment));
            previousOrganization = split.Value.Organization;
        }
        return posts.Count == 0 ? null : posts;
    }

    private static string StripComrade(string person) =>
        person.EndsWith("同志", StringComparison.Ordinal) && person.Length > 2 ? person[..^2] : person;
}
