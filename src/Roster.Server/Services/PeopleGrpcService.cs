using AutoMapper;
using Grpc.Core;
using Roster.Data.Ledger;
using Roster.Data.Queries;
using Roster.Domain.Errors;
using Roster.Domain.People;
using Roster.Domain.Time;
using Roster.Protos.V1;
using Roster.Server.Security;

namespace Roster.Server.Services;

/// <summary>roster.v1.PeopleService: every person of a name, the review list and judgements (docs/identity.md). Reads need a
/// reader; JudgePeople an editor, audited like every write.</summary>
public sealed class PeopleGrpcService(IMapper mapper, PeopleQueries people, JudgementLedger judgements, ExternalIdentifierLedger identifiers,
    JurisdictionCalendar calendar)
    : PeopleService.PeopleServiceBase
{
    /// <summary>Default and maximum page sizes of ListReviewItems.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <inheritdoc />
    public override async Task<ListPeopleResponse> ListPeople(ListPeopleRequest request, ServerCallContext context)
    {
        var name = RequestText.Required(request.DisplayName, "display_name");
        var views = await people.ByNameAsync(name, RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock), context.CancellationToken);
        return new ListPeopleResponse { People = { views.Select(mapper.Map<Person>) } };
    }

    /// <inheritdoc />
    public override async Task<ListReviewItemsResponse> ListReviewItems(ListReviewItemsRequest request, ServerCallContext context)
    {
        var name = RequestText.Optional(request.DisplayName, "display_name");
        var kind = PageToken.KindOf("reviewItems", name ?? "");
        var size = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        var offset = PageToken.Decode(kind, request.PageToken);
        var items = await people.ReviewItemsAsync(name, context.CancellationToken);
        return new ListReviewItemsResponse
        {
            ReviewItems = { items.Skip(offset).Take(size).Select(mapper.Map<Protos.V1.ReviewItem>) },
            NextPageToken = items.Count > offset + size ? PageToken.Encode(kind, offset + size) : "",
        };
    }

    /// <inheritdoc />
    public override async Task<JudgePeopleResponse> JudgePeople(JudgePeopleRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        PersonId? first = null, second = null;
        try { first = PersonIds.Required(request.First, "first"); } catch (InvalidInputException e) { violations.AddRange(e.Violations); }
        try { second = PersonIds.Required(request.Second, "second"); } catch (InvalidInputException e) { violations.AddRange(e.Violations); }
        if (request.Verdict is not (Protos.V1.Verdict.Same or Protos.V1.Verdict.Different or Protos.V1.Verdict.Unsure))
            violations.Add(new FieldViolation("verdict", "verdict must be SAME, DIFFERENT or UNSURE"));
        var note = RequestText.Optional(request.Note, "note");
        if (note is { Length: > 500 }) violations.Add(new FieldViolation("note", "note is longer than 500 characters"));
        if (violations.Count > 0) throw new InvalidInputException(violations[0].Field == "verdict" ? "VERDICT_INVALID" : PersonIds.InvalidReason,
            $"the judgement is invalid: {violations[0].Description}", violations);

        var outcome = await judgements.RecordAsync(first!.Value.Value, second!.Value.Value, (Domain.People.Verdict)(int)request.Verdict, note,
            context.GetHttpContext().User.Office() ?? context.GetHttpContext().User.Key(), context.CancellationToken);
        return new JudgePeopleResponse
        {
            Judgement = mapper.Map<Protos.V1.Judgement>(outcome.Judgement),
            FirstAnswersAs = new PersonId(outcome.FirstAnswersAs).ToString(),
            SecondAnswersAs = new PersonId(outcome.SecondAnswersAs).ToString(),
        };
    }

    /// <inheritdoc />
    public override async Task<AddExternalIdentifierResponse> AddExternalIdentifier(AddExternalIdentifierRequest request, ServerCallContext context)
    {
        var subject = Subject(RequestText.Required(request.Subject, "subject"));
        var identifier = Domain.People.ExternalIdentifier.Parse(request.Scheme, request.Value);
        var user = context.GetHttpContext().User;
        var stored = await identifiers.AddAsync(identifier, subject, user.Office() ?? user.Key(), context.CancellationToken);
        return new AddExternalIdentifierResponse { ExternalIdentifier = ToProto(stored) };
    }

    /// <inheritdoc />
    public override async Task<ListExternalIdentifiersResponse> ListExternalIdentifiers(ListExternalIdentifiersRequest request, ServerCallContext context)
    {
        var scheme = RequestText.Optional(request.Scheme, "scheme")?.ToLowerInvariant();
        var value = RequestText.Optional(request.Value, "value");
        var subject = RequestText.Optional(request.Subject, "subject") is { } text ? Subject(text) : null;
        if (subject is null && (scheme is null || value is null))
            throw new InvalidInputException("FILTER_REQUIRED", "scheme", "give scheme and value (a lookup), or subject");
        var found = await identifiers.ListAsync(scheme, value, subject, context.CancellationToken);
        return new ListExternalIdentifiersResponse { ExternalIdentifiers = { found.Select(ToProto) } };
    }

    /// <summary>A subject as requests name it: <c>people/17</c>, an organisation's <c>organizations/7</c>, or its name.</summary>
    private static IdentifierSubject Subject(string text)
    {
        if (PersonIds.TryRead(text, "subject", out var id)) return new IdentifierSubject(id.Value, null);
        var organization = OrganizationRefs.Required(text, "subject");
        return new IdentifierSubject(null, organization.Name, organization.Id);
    }

    private static Protos.V1.ExternalIdentifier ToProto(StoredIdentifier stored) => new()
    {
        Scheme = stored.Identifier.Scheme,
        Value = stored.Identifier.Value,
        Subject = stored.PersonId is { } person ? new PersonId(person).ToString() : OrganizationRefs.Name(stored.OrganizationId!.Value),
        DisplayName = stored.DisplayName,
    };
}
