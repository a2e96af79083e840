using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Posts;
using Roster.Domain.Reference;
using Roster.Domain.Time;

namespace Roster.Domain.Orders;

/// <summary>
/// Turns an <see cref="OrderDraft"/> into a canonical <see cref="Order"/>, or throws one
/// <see cref="InvalidInputException"/> (reason <c>ORDER_INVALID</c>) listing every violated field by its
/// request path (<c>order.items[1].person</c>). Pure: reads no storage.
/// </summary>
public sealed class OrderValidator(ReferenceTables tables)
{
    /// <summary>Reason code of a rejected order.</summary>
    public const string InvalidReason = "ORDER_INVALID";
    /// <summary>Most items one order may carry.</summary>
    public const int MaxItems = 500;
    /// <summary>Longest free-text field (title, body, note), in characters.</summary>
    public const int MaxTextLength = 500;
    /// <summary>Longest organisation or title text, in characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The earliest date an order can bear: the founding of the People's Republic, whose gazettes these are.</summary>
    public static readonly DateOnly EarliestDate = new(1949, 10, 1);
    /// <summary>The latest date an order can bear; a typo such as 9999 or 2202 is refused rather than stored.</summary>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    /// <summary>Validates and canonicalises; throws <see cref="InvalidInputException"/> with every violation found.</summary>
    public Order Validate(OrderDraft draft, string fieldPrefix = "order")
    {
        var violations = new List<FieldViolation>();
        void Fail(string field, string description) => violations.Add(new FieldViolation($"{fieldPrefix}.{field}", description));

        DocumentNumber? number = null;
        if (string.IsNullOrWhiteSpace(draft.DocumentNumber)) Fail("document_number", "document number is required");
        else if (!DocumentNumber.TryParse(draft.DocumentNumber, out var parsed))
            Fail("document_number", $"'{Shorten(draft.DocumentNumber)}' is not a document number such as 阳政任字〔2022〕1号");
        else number = parsed;

        var issuer = CheckedText(draft.Issuer, "issuer", MaxNameLength, required: true, Fail, isName: true);
        var decisionBody = CheckedText(draft.DecisionBody, "decision_body", MaxTextLength, required: false, Fail);
        var printedTitle = CheckedText(draft.Title, "title", MaxTextLength, required: false, Fail);

        DateOnly? Date(CalendarDate? value, string field)
        {
            if (value is null) return null;
            var date = value.Value.ToDateOnly();
            if (date is null) Fail(field, value.Value.NotADayMessage);
            else if (date < EarliestDate || date > LatestDate)
                Fail(field, $"{date:yyyy-MM-dd} is outside the dates an order can bear ({EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd})");
            return date;
        }
        var decidedOn = Date(draft.DecidedOn, "decided_on");
        var issuedOn = Date(draft.IssuedOn, "issued_on");
        // Only the effective date may be known to the month or year alone (2021年3月任命): it places the items on the
        // timeline; the decision and issue dates are printed in full on every notice (docs/time.md, imprecise dates).
        var effectivePrecision = draft.EffectiveOn?.Precision ?? DatePrecision.Day;
        DateOnly? explicitEffective = null;
        if (draft.EffectiveOn is { } given && (given.ContradictsPrecision || given.Precision != DatePrecision.Day))
        {
            if (given.ContradictsPrecision)
                Fail("effective_on", $"{given} gives a day without a month: a date known only to the year has month 0 and day 0, one known only to the month has day 0");
            else if (given.ToSpanStart() is not { } first)
                Fail("effective_on", $"{given} is not a month or year of the calendar");
            else if (first < EarliestDate || first > LatestDate)
                Fail("effective_on", $"{given} is outside the dates an order can bear ({EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd})");
            else explicitEffective = first;
        }
        else explicitEffective = Date(draft.EffectiveOn, "effective_on");
        var effectiveOn = explicitEffective ?? decidedOn ?? issuedOn;
        if (explicitEffective is null) effectivePrecision = DatePrecision.Day;
        if (effectiveOn is null && draft.DecidedOn is null && draft.IssuedOn is null && draft.EffectiveOn is null)
            Fail("issued_on", "an order needs an issue, decision or effective date");
        if (decidedOn is { } d && issuedOn is { } i && i < d)
            Fail("issued_on", $"issue date {i:yyyy-MM-dd} is before decision date {d:yyyy-MM-dd}");

        var correction = ValidateCorrection(draft.Corrects, number, Fail);
        if (draft.Corrects?.Kind == CorrectionKind.Revoke)
        {
            if (draft.Items.Count > 0) Fail("items", "a revocation carries no items; to replace the revoked order's items, AMEND it");
        }
        // With an unknown correction kind, whether items are needed is unknown too: the kind's violation says enough.
        else if (draft.Items.Count == 0 && !(draft.Corrects is { } c && (c.Kind is not { } k || !Enum.IsDefined(k))))
            Fail("items", "an order needs at least one item");
        if (draft.Items.Count > MaxItems) Fail("items", $"an order may carry at most {MaxItems} items");
        // Source lines are 1-based line numbers of the gazette text; 0 (unset on the wire) means not given.
        if (draft.Source.LineStart is < 0) Fail("source.line_start", $"line_start {draft.Source.LineStart} is not a line number (1 or more)");
        if (draft.Source.LineEnd is < 0) Fail("source.line_end", $"line_end {draft.Source.LineEnd} is not a line number (1 or more)");
        if (draft.Source is { LineStart: > 0 and var start, LineEnd: > 0 and var end } && end < start)
            Fail("source.line_end", $"line_end {end} is before line_start {start}");

        var items = new List<OrderItem>();
        for (var index = 0; index < Math.Min(draft.Items.Count, MaxItems); index++)
        {
            var item = ValidateItem(draft.Items[index], index, issuer, Fail);
            if (item is not null) items.Add(item);
        }

        var seen = new HashSet<(OrderAction, string, string, string)>();
        foreach (var item in items)
        {
            if (!seen.Add((item.Action, item.Person, item.Post.Organization, item.Post.Title)))
                Fail($"items[{item.Position}]", $"the same {item.Action.ToString().ToUpperInvariant()} of {item.Person} as {item.Post} appears twice");
        }
        foreach (var pair in ContradictoryItems.Of(items)) Fail($"items[{pair.Removal.Position}]", ContradictoryItems.Message(pair));

        if (violations.Count > 0 || number is null || issuer is null || effectiveOn is null)
        {
            throw new InvalidInputException(InvalidReason,
                violations.Count == 1 ? violations[0].Description
                : draft.Items.Count > MaxItems ? $"the order has at least {violations.Count} invalid fields (items after the {MaxItems}th were not checked)"
                : $"the order has {violations.Count} invalid fields", violations);
        }

        return new Order
        {
            DocumentNumber = number,
            Issuer = issuer,
            Title = printedTitle ?? (correction is not null ? OrderTitle.ForCorrection(issuer, correction)
                : OrderTitle.For(issuer, items.Select(i => (i.Person, i.Action)).ToList())),
            DecisionBody = decisionBody,
            DecidedOn = decidedOn,
            IssuedOn = issuedOn,
            EffectiveOn = effectiveOn.Value,
            EffectivePrecision = effectivePrecision,
            Items = items,
            Corrects = correction,
            Source = draft.Source,
        };
    }

    /// <summary>The correction of a draft (null when it corrects nothing). Faults go to <c>corrects.document_number</c>
    /// (missing, malformed, the order's own number) and <c>corrects.kind</c> (not REVOKE or AMEND).</summary>
    private static Correction? ValidateCorrection(CorrectionDraft? draft, DocumentNumber? own, Action<string, string> fail)
    {
        if (draft is null) return null;
        DocumentNumber? target = null;
        if (string.IsNullOrWhiteSpace(draft.DocumentNumber))
            fail("corrects.document_number", "the document number of the corrected order is required");
        else if (!DocumentNumber.TryParse(draft.DocumentNumber, out var parsed))
            fail("corrects.document_number", $"'{Shorten(draft.DocumentNumber)}' is not a document number such as 阳政任字〔2022〕1号");
        else if (parsed == own)
            fail("corrects.document_number", $"order {own} cannot revoke or amend itself");
        else target = parsed;
        if (draft.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            fail("corrects.kind", "kind must be REVOKE or AMEND");
            return null;
        }
        return target is null ? null : new Correction(target, kind);
    }

    private OrderItem? ValidateItem(OrderItemDraft draft, int index, string? issuer, Action<string, string> fail)
    {
        var path = $"items[{index}]";
        var faults = 0;
        void Fail(string field, string description) { faults++; fail($"{path}.{field}", description); }

        if (draft.Action is not { } action || !Enum.IsDefined(action))
            Fail("action", "action must be one of APPOINT, REMOVE, ENGAGE, DISMISS, CONFIRM_PROBATION");

        var person = PersonName.Canonical(draft.Person);
        if (PersonName.Problem(person) is { } personProblem) Fail("person", personProblem);
        People.PersonId? namedPerson = null;
        if (!string.IsNullOrEmpty(draft.PersonId))
        {
            if (People.PersonId.TryParse(draft.PersonId, out var id)) namedPerson = id;
            else Fail("person_id", $"{Shorten(draft.PersonId)} is not a person id such as people/17");
        }

        var organization = tables.Names.Resolve(draft.Organization, issuer);
        var title = TextForm.Compact(draft.Title);
        if (organization.Length == 0 && title.Length == 0) Fail("organization", "an item needs a post: organisation and title");
        else
        {
            if (organization.Length == 0) Fail("organization", "organisation is required");
            else if (TextForm.NameProblem("organisation", organization, MaxNameLength) is { } organizationProblem)
                Fail("organization", organizationProblem);
            if (title.Length == 0) Fail("title", "title is required");
            else if (TextForm.NameProblem("title", title, MaxNameLength) is { } titleProblem)
                Fail("title", titleProblem);
        }

        Period? probation = null;
        if (!string.IsNullOrWhiteSpace(draft.Probation))
        {
            if (!Period.TryParse(draft.Probation, out var period))
                Fail("probation", $"'{Shorten(draft.Probation)}' is not an ISO 8601 period such as P1Y or P6M (at most {Period.MaxYears} years)");
            else if (draft.Action is { } a && Enum.IsDefined(a) && !a.Starts())
                Fail("probation", "only an appointment or engagement has a probation");
            else probation = period;
        }

        var note = TextForm.Compact(draft.Note);
        if (TextForm.Problem("note", note, MaxTextLength) is { } noteProblem)
            Fail("note", noteProblem);

        if (faults > 0) return null;
        return new OrderItem(index, draft.Action!.Value, person,
            new Post(organization, title, tables.Kinds.RankOf(organization, title)),
            probation, draft.RetainsRank, draft.Concurrent, draft.Acting, note.Length == 0 ? null : note, namedPerson);
    }

    private static string? CheckedText(string? value, string field, int maxLength, bool required, Action<string, string> fail, bool isName = false)
    {
        var compact = TextForm.Compact(value);
        if (compact.Length == 0)
        {
            if (required) fail(field, $"{field.Replace('_', ' ')} is required");
            return null;
        }
        var label = field.Replace('_', ' ');
        if ((isName ? TextForm.NameProblem(label, compact, maxLength) : TextForm.Problem(label, compact, maxLength)) is { } problem)
        {
            fail(field, problem);
            return null;
        }
        return compact;
    }

    private static string Shorten(string text) => TextForm.Quote(text);
}
