using System.Text.RegularExpressions;
using Roster.Domain.Orders;
using Roster.Domain.Reference;
using Roster.Domain.Time;
using Roster.Gazette.Text;

namespace Roster.Gazette.Reading;

/// <summary>
/// Reads the body of a notice (between the document number and the signature), logical line by logical line,
/// each cut into clauses at ；and 。: boilerplate (addressee, 现通知如下, 特此通知) is skipped; the decision clause
/// gives the deciding body and date; headings 任命：/免去：/聘任：/解聘： set the action of the items after them
/// (before any heading, "X为Y" appoints); every other clause must be an item, else it becomes a diagnostic.
/// </summary>
internal sealed partial class BodyReader(ReferenceTables tables, string? issuer)
{
    /// <summary>Longest clause read as an item or decision, in characters.</summary>
    public const int MaxClauseLength = 300;

    private readonly ItemReader _items = new(tables, issuer);
    private readonly List<OrderItemDraft> _read = [];
    private readonly List<int> _itemLines = [];
    private bool _resigning;
    private readonly List<GazetteDiagnostic> _diagnostics = [];
    private OrderAction? _action;

    /// <summary>The deciding body, when a decision clause was read.</summary>
    public string? DecisionBody { get; private set; }

    /// <summary>The decision date, when a decision clause was read.</summary>
    public CalendarDate? DecidedOn { get; private set; }

    /// <summary>The effective date, when a "自X起" clause was read.</summary>
    public CalendarDate? EffectiveOn { get; private set; }

    /// <summary>The items read, in printed order.</summary>
    public IReadOnlyList<OrderItemDraft> Items => _read;

    /// <summary>The 1-based line each item of <see cref="Items"/> was read from.</summary>
    public IReadOnlyList<int> ItemLines => _itemLines;

    /// <summary>Drops the items read from <paramref name="line"/> (an item cut off by the end of the text).</summary>
    public int DropItemsOf(int line)
    {
        var dropped = 0;
        for (var i = _read.Count - 1; i >= 0; i--)
        {
            if (_itemLines[i] != line) continue;
            _read.RemoveAt(i);
            _itemLines.RemoveAt(i);
            dropped++;
        }
        return dropped;
    }

    /// <summary>What could not be read.</summary>
    public IReadOnlyList<GazetteDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Reads the logical lines of the body.</summary>
    public void Read(IReadOnlyList<LogicalLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Columns)
            {
                Report(line.FirstLine, line.Compact, GazetteMessages.TableColumns);
                continue;
            }
            foreach (var clause in line.Compact.Split([';', '。', '；'], StringSplitOptions.RemoveEmptyEntries))
            {
                ReadClause(clause, line.FirstLine);
            }
        }
    }

    private void ReadClause(string clause, int lineNumber)
    {
        clause = ListNumber().Replace(clause, "").TrimEnd('.');
        if (clause.Length == 0 || Boilerplate().IsMatch(clause)) return;
        if (clause.Length > MaxClauseLength)
        {
            Report(lineNumber, clause[..MaxClauseLength] + "…", GazetteMessages.TooLong);
            return;
        }
        if (DecisionReader.TryRead(clause, out var body, out var date, out var rest))
        {
            if (body.Length > 0) DecisionBody ??= body;
            DecidedOn ??= date;
            ReadClause(rest, lineNumber);
            return;
        }
        var effective = Vocabulary.EffectiveFrom().Match(clause);
        if (effective.Success)
        {
            EffectiveOn ??= GazetteDates.From(effective);
            ReadClause(effective.Groups["rest"].Value, lineNumber);
            return;
        }
        var also = AlsoRemoved().Match(clause);
        if (also.Success && also.Groups["first"].Value.Length > 0)
        {
            // "何勇同志任A局二级调研员,免去其A局局长职务": 其 is the person of the first half.
            var before = _read.Count;
            ReadClause(also.Groups["first"].Value, lineNumber);
            if (_read.Count > before)
            {
                var saved = (_action, _resigning);
                (_action, _resigning) = (OrderAction.Remove, false);
                ReadClause(_read[^1].Person + "的" + also.Groups["post"].Value, lineNumber);
                (_action, _resigning) = saved;
            }
            return;
        }
        var comma = clause.LastIndexOf(',');
        if (comma > 0 && (Heading().IsMatch(clause[(comma + 1)..]) || InlineAction().IsMatch(clause[(comma + 1)..]))
            && !InlineAction().IsMatch(clause) && !DecisionReader.LooksLikeDecision(clause) && !DecisionReader.TryRead(clause, out _, out _, out _))
        {
            // "根据…的规定,提请任命:" — the heading after the comma opens the items; what comes before is the basis.
            ReadClause(clause[(comma + 1)..], lineNumber);
            return;
        }
        if (DecisionReader.LooksLikeDecision(clause))
        {
            // "经研究决定,任命:" still opens the appointments after the comma.
            Report(lineNumber, clause, GazetteMessages.DecisionNotRead);
            if (comma >= 0) ReadClause(clause[(comma + 1)..], lineNumber);
            return;
        }
        if (ListHeadingOf(clause) is { } listHeading)
        {
            (_action, _resigning) = listHeading.Action;
            ReadClause(listHeading.After, lineNumber);
            return;
        }
        var heading = Heading().Match(clause);
        if (heading.Success)
        {
            _action = ActionOf(heading.Groups["h"].Value);
            _resigning = false;
            ReadClause(heading.Groups["rest"].Value, lineNumber);
            return;
        }
        if (clause[^1] == ':' && clause.Length <= 41 && clause[..^1].All(char.IsLetter) && !clause.Contains('为') && !clause.Contains('的'))
            return; // the addressee (临河市人民代表大会常务委员会：, 县直各单位：)
        var inline = InlineAction().Match(clause);
        var action = _action;
        if (inline.Success)
        {
            action = ActionOf(inline.Groups["h"].Value);
            clause = inline.Groups["rest"].Value;
        }
        else if (_resigning)
        {
            // Under 接受辞职：, "张三辞去X职务" and "张三的X职务" are resignations.
            var resigned = ResignedItem().Match(clause);
            clause = "接受" + (resigned.Success ? resigned.Groups["person"].Value + "辞去" + resigned.Groups["post"].Value + "职务"
                : ReplaceFirst(clause, "的", "辞去"));
        }
        var (items, problem, remarkProblem) = _items.Read(clause, action);
        _read.AddRange(items);
        _itemLines.AddRange(items.Select(_ => lineNumber));
        if (problem is not null) Report(lineNumber, clause, problem);
        if (remarkProblem is not null) Report(lineNumber, clause, remarkProblem);
    }

    /// <summary>A block heading of a 任免名单 from seed/reader-vocabulary.yaml (任命：, 免去：, 接受辞职：) with the rest of the clause.</summary>
    private ((OrderAction? Action, bool Resigning) Action, string After)? ListHeadingOf(string clause)
    {
        foreach (var heading in tables.Reader.ListHeadings)
        {
            if (!clause.StartsWith(heading.Heading, StringComparison.Ordinal)) continue;
            var rest = clause[heading.Heading.Length..];
            if (rest.Length > 0 && rest[0] is not (':' or ',')) continue;
            rest = rest.TrimStart(':', ',');
            var action = heading.Action switch
            {
                "REMOVE" => ((OrderAction?)OrderAction.Remove, false),
                "RESIGN" => (OrderAction.Remove, true),
                "ENGAGE" => (OrderAction.Engage, false),
                "DISMISS" => (OrderAction.Dismiss, false),
                _ => (OrderAction.Appoint, false),
            };
            return (action, rest);
        }
        return null;
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private void Report(int line, string text, string message) => _diagnostics.Add(new GazetteDiagnostic(line, text, message));

    private static OrderAction ActionOf(string heading) => heading switch
    {
        "免去" or "免" => OrderAction.Remove,
        "推选" => OrderAction.Appoint,
        "聘任" or "聘" => OrderAction.Engage,
        "解聘" => OrderAction.Dismiss,
        _ => OrderAction.Appoint,
    };

    /// <summary>任命: / 免去: / 聘任: / 解聘: with whatever follows on the line.</summary>
    [GeneratedRegex("^(?:现?决定,?)?(?:提请)?(?<h>任命|免去|聘任|解聘|聘|任|免)[:,](?<rest>.*)$")]
    private static partial Regex Heading();

    /// <summary>任命X为Y / 免去X的Y职务 / 聘任X为Y / 解聘X的Y职务 on one line, without a colon, also after 决定 (决定任命X为Y).</summary>
    [GeneratedRegex("^(?:现|经研究,?)?(?:决定,?)?(?:提请|建议)?(?<h>任命|免去|聘任|解聘|推选)(?<rest>[^:]+(为|职务).*)$")]
    private static partial Regex InlineAction();

    /// <summary>"X任A,免去其B职务": an appointment and a removal of the same person in one clause.</summary>
    [GeneratedRegex("^(?<first>[^:]+?),(?:并)?免去?其(?<post>[^,:]+职务(?:\\([^()]*\\))*)$")]
    private static partial Regex AlsoRemoved();

    /// <summary>List numbering before an item or heading: 一、 1. 1、 (一) (1).</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,3}[.、](?![0-9])|\([一二三四五六七八九十0-9]{1,3}\))")]
    private static partial Regex ListNumber();

    /// <summary>"张三辞去X职务(的请求)" under 接受辞职.</summary>
    [GeneratedRegex("^(?<person>[^,:的]{2,20}?)(?:同志)?辞去(?<post>.+?)职务(?:的(?:请求|申请))?$")]
    private static partial Regex ResignedItem();

    /// <summary>The addressee (各县(区)人民政府,市直各单位:), 现通知如下, 特此通知.</summary>
    [GeneratedRegex(@"^(各[^;。]{0,80}:|(现将?[^;。]{0,20})?通知如下:?|特此通知[!]?|请予审议|请审议|现提请审议)$")]
    private static partial Regex Boilerplate();
}
