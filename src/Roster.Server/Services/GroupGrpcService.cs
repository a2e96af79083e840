using AutoMapper;
using Grpc.Core;
using Roster.Data.Ledger;
using Roster.Data.Queries;
using Roster.Domain.Errors;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Reference;
using Roster.Protos.V1;
using Roster.Domain.Time;
using Roster.Server.Security;

namespace Roster.Server.Services;

/// <summary>roster.v1.GroupService: group rosters over time, ex-officio seats resolved on a date, portfolios.
/// Map the request, call the domain, the ledger or a query, map the reply; errors are typed domain exceptions.</summary>
public sealed class GroupGrpcService(IMapper mapper, RosterValidator validator, RosterLedger ledger, GroupQueries groups, ReferenceTables tables,
    JurisdictionCalendar calendar)
    : GroupService.GroupServiceBase
{
    /// <inheritdoc />
    public override async Task<GetGroupRosterResponse> GetGroupRoster(GetGroupRosterRequest request, ServerCallContext context)
    {
        var group = RequestText.Required(request.Group, "group");
        var asOf = RequestDates.Optional(request.AsOf, "as_of") ?? calendar.Today;
        var answer = await groups.RosterOnAsync(group, asOf, request.Resolve,
            RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock), context.CancellationToken);
        return mapper.Map<GetGroupRosterResponse>(answer);
    }

    /// <inheritdoc />
    public override async Task<ListGroupsResponse> ListGroups(ListGroupsRequest request, ServerCallContext context)
    {
        if (!string.IsNullOrWhiteSpace(request.Person) && !string.IsNullOrWhiteSpace(request.Organization))
            throw new InvalidInputException("SUBJECT_AMBIGUOUS", "organization", "give at most one of person or organization");
        var listings = await groups.ListAsync(request.Person, request.Organization, RequestDates.Optional(request.AsOf, "as_of"),
            RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock), context.CancellationToken);
        return new ListGroupsResponse { Groups = { listings.Select(mapper.Map<GroupSummary>) } };
    }

    /// <inheritdoc />
    public override async Task<SubmitRosterResponse> SubmitRoster(SubmitRosterRequest request, ServerCallContext context)
    {
        var roster = validator.Validate(mapper.Map<RosterDraft>(request.Roster ?? new Protos.V1.GroupRoster()));
        var outcome = await ledger.SubmitAsync(roster, context.CancellationToken);
        return mapper.Map<SubmitRosterResponse>(outcome);
    }

    /// <inheritdoc />
    public override async Task<SetPortfolioResponse> SetPortfolio(SetPortfolioRequest request, ServerCallContext context)
    {
        var portfolio = request.Portfolio ?? new Protos.V1.Portfolio();
        var from = RequestDates.Optional(portfolio.FromOn, "portfolio.from_on")
            ?? throw new InvalidInputException(RosterLedger.InvalidPortfolioReason, "portfolio.from_on", "from_on is required");
        var stored = await ledger.SetPortfolioAsync(new Domain.Groups.Portfolio(
            PersonName.Canonical(portfolio.Person),
            portfolio.Areas.Select(TextForm.Compact).ToList(),
            from,
            RequestDates.Optional(portfolio.ToOn, "portfolio.to_on"),
            string.IsNullOrWhiteSpace(portfolio.Source) ? null : TextForm.Compact(portfolio.Source),
            GovernmentOf(portfolio.Government, context.GetHttpContext().User.Office())), context.CancellationToken);
        return new SetPortfolioResponse { Portfolio = mapper.Map<Protos.V1.Portfolio>(stored) };
    }

    /// <summary>The government a portfolio belongs to: the one named (resolved in the caller's office's jurisdiction, so 市人民政府
    /// sent by an office of 阳泉 is 阳泉市人民政府), else the government of the caller's office's jurisdiction; null when neither is
    /// known (the domain then refuses the portfolio).</summary>
    private string? GovernmentOf(string named, string? office) =>
        string.IsNullOrWhiteSpace(named) ? PortfolioHolders.GovernmentOf(office, tables) : tables.Names.Resolve(named, office);
}
