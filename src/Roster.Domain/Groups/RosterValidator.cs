using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Reference;

namespace Roster.Domain.Groups;

/// <summary>
/// Turns a <see cref="RosterDraft"/> into a canonical <see cref="GroupRoster"/>, or throws one
/// <see cref="InvalidInputException"/> (reason <c>ROSTER_INVALID</c>) naming every violated field by its request
/// path (<c>roster.seats[3].role</c>). Pure: reads no storage.
/// </summary>
public sealed class RosterValidator(ReferenceTables tables)
{
    /// <summary>Reason code of a rejected roster.</summary>
    public const string InvalidReason = "ROSTER_INVALID";
    /// <summary>Most seats one roster may carry.</summary>
    public const int MaxSeats = 500;
    /// <summary>Longest name or text field, in characters.</summary>
    public const int MaxTextLength = 100;

    /// <summary>Validates and canonicalises; throws <see cref="InvalidInputException"/> with every violation found.</summary>
    public GroupRoster Validate(RosterDraft draft, string fieldPrefix = "roster")
    {
        var violations = new List<FieldViolation>();
        void Fail(string field, string description) => violations.Add(new FieldViolation($"{fieldPrefix}.{field}", description));

        var issuer = Text(draft.Issuer, "issuer", required: true, Fail);
        var printedGroup = Text(draft.Group, "group", required: true, Fail);
        var group = printedGroup is null ? null : tables.Names.Resolve(printedGroup, issuer);
        GroupKind? kind = null;
        if (group is not null)
        {
            kind = tables.Groups.GroupKindOf(tables.Kinds.KindOf(group)?.Name);
            if (kind is null) Fail("group", $"'{group}' is not a leading group (…领导小组), command headquarters (…指挥部) or working body (…联席会议, …专班, …工作组) or committee (…安全生产委员会, …安全委员会 and the other committee endings of seed/organization-kinds.yaml); another …委员会 cannot be told from a standing commission by its name");
        }

        DocumentNumber? number = null;
        if (string.IsNullOrWhiteSpace(draft.SourceDocument)) Fail("source_document", "the document number of the establishing or adjusting notice is required");
        else if (!DocumentNumber.TryParse(draft.SourceDocument, out var parsed)) Fail("source_document", $"'{draft.SourceDocument}' is not a document number such as 阳政办函〔2022〕26号");
        else number = parsed;

        DateOnly? effectiveOn = null;
        if (draft.EffectiveOn is null) Fail("effective_on", "the date the roster takes effect is required");
        else if (draft.EffectiveOn.Value.ToDateOnly() is { } d) effectiveOn = d;
        else Fail("effective_on", draft.EffectiveOn.Value.NotADayMessage);

        var officeAt = Text(draft.OfficeAt, "office_at", required: false, Fail);

        if (draft.Seats.Count == 0) Fail("seats", "a roster needs at least one seat");
        if (draft.Seats.Count > MaxSeats) Fail("seats", $"a roster may carry at most {MaxSeats} seats");
        var seats = new List<Seat>();
        for (var i = 0; i < draft.Seats.Count; i++)
        {
            var s = draft.Seats[i];
            var at = $"seats[{i}]";
            var role = Text(s.Role, $"{at}.role", required: true, Fail);
            if (role is not null && !tables.Groups.IsRole(role))
                Fail($"{at}.role", $"'{role}' is not a seat role ({string.Join("、", tables.Groups.Roles)})");
            var person = string.IsNullOrWhiteSpace(s.Person) ? null : PersonName.Canonical(s.Person);
            if (person is not null && PersonName.Problem(person) is { } problem) Fail($"{at}.person", problem);
            var exOfficio = Text(StripConcurrent(s.ExOfficio), $"{at}.ex_officio", required: false, Fail);
            var unit = Text(s.MemberUnit, $"{at}.member_unit", required: false, Fail);
            var titleText = Text(s.TitleText, $"{at}.title_text", required: false, Fail);
            var holders = (person is null ? 0 : 1) + (exOfficio is null ? 0 : 1) + (unit is null ? 0 : 1);
            if (holders != 1)
            {
                Fail(at, holders == 0
                    ? "a seat names a person, an ex-officio post or a member unit; this one names none"
                    : "a seat names exactly one of person, ex-officio post or member unit");
                continue;
            }
            if (titleText is not null && person is null) Fail($"{at}.title_text", "title text is printed beside a person's name only");
            if (role is null) continue;
            var seatKind = person is not null ? SeatHolderKind.Person : exOfficio is not null ? SeatHolderKind.ExOfficio : SeatHolderKind.MemberUnit;
            seats.Add(new Seat(i, role, seatKind, person,
                titleText is null ? null : tables.Names.FixText(titleText, issuer),
                exOfficio is null ? null : tables.Names.FixText(exOfficio, issuer), unit,
                unit is null ? null : tables.Names.Resolve(unit, issuer), s.Concurrent));
        }

        if (violations.Count > 0)
            throw new InvalidInputException(InvalidReason, $"the roster is invalid: {violations[0].Field}: {violations[0].Description}", violations);
        return new GroupRoster
        {
            Group = group!,
            Kind = kind!.Value,
            SourceDocument = number!,
            Issuer = issuer!,
            EffectiveOn = effectiveOn!.Value,
            OfficeAt = officeAt,
            Seats = seats,
            Source = draft.Source,
        };
    }

    /// <summary>"由市能源局主要负责人兼任" -> "市能源局主要负责人"; other text unchanged (compacted).</summary>
    public static string? StripConcurrent(string? text)
    {
        var compact = TextForm.Compact(text).TrimEnd('。', '.', ';', '；');
        if (compact.StartsWith('由') && compact.EndsWith("兼任", StringComparison.Ordinal)) compact = compact[1..^2];
        else if (compact.EndsWith("兼任", StringComparison.Ordinal)) compact = compact[..^2];
        return compact.Length == 0 ? null : compact;
    }

    private static string? Text(string? value, string field, bool required, Action<string, string> fail)
    {
        var compact = TextForm.Compact(value);
        if (compact.Length == 0)
        {
            if (required) fail(field, $"{field[(field.LastIndexOf('.') + 1)..]} is required");
            return null;
        }
        if (compact.Length > MaxTextLength) fail(field, $"at most {MaxTextLength} characters");
        else if (TextForm.HasInvisibleCharacters(compact)) fail(field, "contains control or formatting characters");
        return compact;
    }
}
