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
        if (clause.Length == 0 || Boilerplate().IsMatch(clause)) return;
        if (clause.Length > MaxClauseLength)
        {
            Report(lineNumber, clause[..MaxClauseLength] + "…", GazetteMessages.TooLong);
            return;
        }
        if (DecisionReader.TryRead(clause, out var body, out var date, out var rest))
        {
            DecisionBody ??= body;
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
        if (DecisionReader.LooksLikeDecision(clause))
        {
            // "经研究决定,任命:" still opens the appointments after the comma.
            Report(lineNumber, clause, GazetteMessages.DecisionNotRead);
            var comma = clause.LastIndexOf(',');
            if (comma >= 0) ReadClause(clause[(comma + 1)..], lineNumber);
            return;
        }
        var heading = Heading().Match(clause);
        if (heading.Success)
        {
            _action = ActionOf(heading.Groups["h"].Value);
            ReadClause(heading.Groups["rest"].Value, lineNumber);
            return;
        }
        var inline = InlineAction().Match(clause);
        var action = _action;
        if (inline.Success)
        {
            action = ActionOf(inline.Groups["h"].Value);
            clause = inline.Groups["rest"].Value;
        }
        var (items, problem, remarkProblem) = _items.Read(clause, action);
        _read.AddRange(items);
        if (problem is not null) Report(lineNumber, clause, problem);
        if (remarkProblem is not null) Report(lineNumber, clause, remarkProblem);
    }

    private void Report(int line, string text, string message) => _diagnostics.Add(new GazetteDiagnostic(line, text, message));

    private static OrderAction ActionOf(string heading) => heading switch
    {
        "免去" or "免" => OrderAction.Remove,
        "聘任" or "聘" => OrderAction.Engage,
        "解聘" => OrderAction.Dismiss,
        _ => OrderAction.Appoint,
    };

    /// <summary>任命: / 免去: / 聘任: / 解聘: with whatever follows on the line.</summary>
    [GeneratedRegex("^(?:现?决定,?)?(?<h>任命|免去|聘任|解聘|聘|任|免)[:,](?<rest>.*)$")]
    private static partial Regex Heading();

    /// <summary>任命X为Y / 免去X的Y职务 / 聘任X为Y / 解聘X的Y职务 on one line, without a colon, also after 决定 (决定任命X为Y).</summary>
    [GeneratedRegex("^(?:现|经研究,?)?(?:决定,?)?(?<h>任命|免去|聘任|解聘)(?<rest>[^:]+(为|职务).*)$")]
    private static partial Regex InlineAction();

    /// <summary>The addressee (各县(区)人民政府,市直各单位:), 现通知如下, 特此通知.</summary>
    [GeneratedRegex(@"^(各[^;。]{0,80}:|(现将?[^;。]{0,20})?通知如下:?|特此通知[!]?)$")]
    private static partial Regex Boilerplate();
}
