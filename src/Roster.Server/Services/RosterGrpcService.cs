using AutoMapper;
using Grpc.Core;
using Roster.Data.History;
using Roster.Data.Queries;
using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Protos.V1;
using DomainRank = Roster.Domain.Posts.PostRank;
using Roster.Domain.Time;

namespace Roster.Server.Services;

/// <summary>roster.v1.RosterService: point-in-time officeholder questions. Dates are calendar dates;
/// an unset <c>as_of</c> means today in the jurisdiction's time zone. A past <c>as_recorded_at</c> answers from <see cref="AsRecordedQueries"/>.</summary>
public sealed class RosterGrpcService(IMapper mapper, RosterQueries queries, AsRecordedQueries history, PeopleQueries people,
    JurisdictionCalendar calendar) : RosterService.RosterServiceBase
{
    /// <summary>Default and maximum page sizes of ListTenures.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <inheritdoc />
    public override async Task<ListOfficeholdersResponse> ListOfficeholders(ListOfficeholdersRequest request, ServerCallContext context)
    {
        var organization = RequestText.Required(request.Organization, "organization");
        var selector = request.PostCase switch
        {
            ListOfficeholdersRequest.PostOneofCase.Title => PostSelector.ByTitle(RequestText.Required(request.Title, "title")),
            ListOfficeholdersRequest.PostOneofCase.Rank when request.Rank is PostRank.Head or PostRank.Deputy or PostRank.Member or PostRank.Other
                => PostSelector.ByRank((DomainRank)(int)request.Rank),
            ListOfficeholdersRequest.PostOneofCase.Rank => throw new InvalidInputException("RANK_INVALID", "rank", "rank must be HEAD, DEPUTY, MEMBER or OTHER"),
            _ => throw new InvalidInputException("POST_REQUIRED", "title", "give a title (e.g. 支队长) or a rank (HEAD, DEPUTY)"),
        };
        var asOf = RequestDates.Optional(request.AsOf, "as_of") ?? Today();
        if (RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock) is { } at)
        {
            var (name, past) = await history.OfficeholdersAsync(organization, selector, asOf, at, context.CancellationToken);
            var pastResponse = mapper.Map<ListOfficeholdersResponse>(past);
            pastResponse.Organization = name;
            return pastResponse;
        }
        var answer = await queries.AnswerOfficeholdersAsync(organization, selector, asOf, context.CancellationToken);
        var response = mapper.Map<ListOfficeholdersResponse>(answer.Answer);
        response.Organization = answer.Organization;
        if (answer.OrganizationId is { } id) response.OrganizationId = OrganizationRefs.Name(id);
        if (answer.Lineage is { Via: { } via } link)
        {
            response.AnsweredBy = new LineageLink
            {
                Organization = link.NameOnDate,
                OrganizationId = OrganizationRefs.Name(link.Organization.Id),
                Predecessor = link.Predecessor,
                Event = Mapping.LineageMessages.ToMessage(via, answer.Names ?? new Dictionary<long, string>()),
            };
        }
        return response;
    }

    /// <inheritdoc />
    public override async Task<ListTenuresResponse> ListTenures(ListTenuresRequest request, ServerCallContext context)
    {
        var kind = Data.Queries.PageToken.KindOf("tenures", request.Person, request.Organization, request.PeriodStart, request.PeriodEnd, request.AsRecordedAt);
        var byPerson = !string.IsNullOrWhiteSpace(request.Person);
        var byOrganization = !string.IsNullOrWhiteSpace(request.Organization);
        if (byPerson == byOrganization)
            throw new InvalidInputException("SUBJECT_REQUIRED", "person", "give exactly one of person or organization");
        var size = Data.Queries.PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        var cursor = Data.Queries.PageToken.DecodeCursor(kind, request.PageToken);
        var (from, to) = RequestDates.Range(request.PeriodStart, "period_start", request.PeriodEnd, "period_end");
        // A person id lists that person's tenures (whichever id their rows carry after merges), not every bearer of the name.
        var recordedAt = RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock);
        var (person, personIds) = (request.Person, (IReadOnlyCollection<long>?)null);
        if (byPerson && PersonIds.TryRead(request.Person.Trim(), "person", out var id))
            (person, personIds) = (null, (await people.AnsweringIdsAsync(id.Value, context.CancellationToken, recordedAt)).Ids);
        var page = recordedAt is { } at
            ? await history.TenuresAsync(person, request.Organization, from, to, cursor, size, at, context.CancellationToken, personIds)
            : await queries.TenuresAsync(person, request.Organization, from, to, cursor, size, context.CancellationToken, personIds);
        return new ListTenuresResponse
        {
            Tenures = { page.Items.Select(mapper.Map<Protos.V1.Tenure>) },
            NextPageToken = Data.Queries.PageToken.Encode(kind, page.Next),
        };
    }

    /// <inheritdoc />
    public override async Task<GetPersonResponse> GetPerson(GetPersonRequest request, ServerCallContext context)
    {
        var (person, asOf) = (RequestText.Required(request.Name, "name"), RequestDates.Optional(request.AsOf, "as_of"));
        var asRecordedAt = RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock);
        if (PersonIds.TryRead(person, "name", out var id))
        {
            return new GetPersonResponse { Person = mapper.Map<Person>(await people.ByIdAsync(id.Value, asOf, asRecordedAt, context.CancellationToken)) };
        }
        // By name: one person bearing it answers as by id; several is a question only ListPeople answers.
        var bearers = await people.ByNameAsync(person, asRecordedAt, context.CancellationToken);
        if (bearers.Count > 1)
        {
            throw new PreconditionFailedException(AmbiguousReason,
                $"{bearers.Count} people are named {bearers[0].Name}: {string.Join(", ", bearers.Select(b => new Domain.People.PersonId(b.Id)))}; ask by id",
                bearers.Select(b => new PreconditionViolation(AmbiguousReason, "name", $"{new Domain.People.PersonId(b.Id)}: {Domain.People.CareerSummary.Of(b.Tenures)}")).ToList());
        }
        if (bearers.Count == 1 && asRecordedAt is null)
        {
            return new GetPersonResponse { Person = mapper.Map<Person>(await people.ByIdAsync(bearers[0].Id, asOf, null, context.CancellationToken)) };
        }
        var (name, tenures) = asRecordedAt is { } at
            ? await history.PersonAsync(person, asOf, at, context.CancellationToken)
            : await queries.PersonAsync(person, asOf, context.CancellationToken);
        return new GetPersonResponse { Person = new Person { Name = name, Tenures = { tenures.Select(mapper.Map<Protos.V1.Tenure>) } } };
    }

    /// <summary>Reason code for a name several people bear, asked where one person is meant.</summary>
    public const string AmbiguousReason = "PERSON_AMBIGUOUS";

    private DateOnly Today() => calendar.Today;
}
