using AutoMapper;
using Grpc.Core;
using Roster.Data.Ledger;
using Roster.Data.Queries;
using Roster.Domain.Errors;
using Roster.Domain.Probation;
using Roster.Protos.V1;
using Roster.Server.Security;
using DomainStatus = Roster.Domain.Probation.ProbationStatus;
using Roster.Domain.Time;

namespace Roster.Server.Services;

/// <summary>roster.v1.ProbationService: list probations by one criterion; record confirmations (a clerk's write, submitted by the
/// caller's office). Dates are calendar dates; an unset <c>on</c> means today in the jurisdiction's time zone.</summary>
public sealed partial class ProbationGrpcService(IMapper mapper, ProbationQueries queries, ProbationLedger ledger, ConfirmationValidator validator,
    JurisdictionCalendar calendar, ILogger<ProbationGrpcService> logger) : ProbationService.ProbationServiceBase
{
    /// <summary>Default and maximum page sizes of ListProbations.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <summary>Reason code of a request with no criterion or several.</summary>
    public const string CriterionReason = "PROBATION_FILTER_INVALID";

    /// <inheritdoc />
    public override async Task<ListProbationsResponse> ListProbations(ListProbationsRequest request, ServerCallContext context)
    {
        var kind = PageToken.KindOf("probations", request.RunningOn, request.EndingFrom, request.EndingBefore, request.Status, request.On,
            request.AsRecordedAt);
        var filter = FilterOf(request);
        var asRecordedAt = RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock);
        var size = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        var offset = PageToken.Decode(kind, request.PageToken);
        var (page, more) = await queries.ListAsync(filter, offset, size, context.CancellationToken, asRecordedAt);
        return new ListProbationsResponse
        {
            Probations = { page.Select(mapper.Map<Protos.V1.Probation>) },
            NextPageToken = more ? PageToken.Encode(kind, offset + size) : "",
        };
    }

    /// <inheritdoc />
    public override async Task<ConfirmProbationResponse> ConfirmProbation(ConfirmProbationRequest request, ServerCallContext context)
    {
        var caller = context.GetHttpContext().User;
        var draft = mapper.Map<ConfirmationDraft>(request) with { SubmittedBy = caller.Office() };
        var outcome = await ledger.ConfirmAsync(validator.Validate(draft), FilingAuthority.FilerOf(caller), context.CancellationToken);
        LogConfirmed(logger, caller.Key(), caller.Office() ?? "-", outcome.Confirmation.Person, outcome.Confirmation.Post.ToString(),
            outcome.Created ? "stored" : "already stored");
        return mapper.Map<ConfirmProbationResponse>(outcome);
    }

    private ProbationFilter FilterOf(ListProbationsRequest request)
    {
        var running = RequestDates.Optional(request.RunningOn, "running_on");
        var (from, before) = RequestDates.Range(request.EndingFrom, "ending_from", request.EndingBefore, "ending_before");
        var on = RequestDates.Optional(request.On, "on");
        var byStatus = request.Status != Protos.V1.ProbationStatus.Unspecified;
        var criteria = (running is null ? 0 : 1) + (from is null && before is null ? 0 : 1) + (byStatus ? 1 : 0);
        if (criteria != 1)
            throw new InvalidInputException(CriterionReason, "running_on", "give exactly one of running_on, ending_from/ending_before or status");
        if (running is { } date) return ProbationFilter.Running(date);
        if (byStatus)
        {
            if (!Enum.IsDefined(typeof(DomainStatus), (int)request.Status))
                throw new InvalidInputException(CriterionReason, "status", "status must be RUNNING, CONFIRMED, ENDED_EARLY, OVERDUE or LAPSED");
            if (on is null) throw new InvalidInputException(CriterionReason, "on", "status needs the date it holds on");
            return ProbationFilter.WithStatus((DomainStatus)(int)request.Status, on.Value);
        }
        return ProbationFilter.Ending(from, before, on ?? calendar.Today);
    }

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Audit: key {Key} of {Office} confirmed the probation of {Person} as {Post}: {Outcome}")]
    private static partial void LogConfirmed(ILogger logger, string key, string office, string person, string post, string outcome);
}
