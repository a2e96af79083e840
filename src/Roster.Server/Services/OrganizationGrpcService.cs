using Grpc.Core;
using Roster.Data.Lineage;
using Roster.Domain.Errors;
using Roster.Domain.Filing;
using Roster.Protos.V1;
using Roster.Server.Mapping;
using Roster.Server.Security;

namespace Roster.Server.Services;

/// <summary>roster.v1.OrganizationService: organisation lineage (docs/identity.md, organisations). RecordLineage needs a clerk of the
/// issuing office (<see cref="FilingRules.EnsureMayRecordLineage"/>) about organisations of that office's jurisdiction
/// (<see cref="FilingRules.EnsureMayRecordLineageOf"/>), or an editor or admin; names are read in the issuer's jurisdiction; audited
/// like every write.</summary>
public sealed class OrganizationGrpcService(LineageLedger ledger, LineageQueries queries) : OrganizationService.OrganizationServiceBase
{
    /// <inheritdoc />
    public override async Task<RecordLineageResponse> RecordLineage(RecordLineageRequest request, ServerCallContext context)
    {
        var caller = context.GetHttpContext().User;
        var violations = new List<FieldViolation>();
        OrganizationRef? organization = null, related = null;
        string? newName = null, source = null, issuer = null;
        Collect(violations, () => organization = OrganizationRefs.Required(request.Organization, "organization"));
        var kind = LineageMessages.KindOf(request.Type);
        if (kind is null) violations.Add(new FieldViolation("type", "type must be ESTABLISHED, RENAMED, MERGED_INTO, SPLIT_FROM or ABOLISHED"));
        DateOnly? effective = null;
        Collect(violations, () => effective = RequestDates.Optional(request.EffectiveDate, "effective_date")
            ?? throw new InvalidInputException(RequestText.RequiredReason, "effective_date", "effective_date is required"));
        Collect(violations, () => newName = RequestText.Optional(request.NewName, "new_name"));
        Collect(violations, () => related = OrganizationRefs.Optional(request.RelatedOrganization, "related_organization"));
        Collect(violations, () => source = RequestText.Optional(request.Source, "source"));
        Collect(violations, () => issuer = RequestText.Optional(request.Issuer, "issuer"));
        if (kind == Domain.Lineage.LineageKind.Established && organization is { Id: not null })
            violations.Add(new FieldViolation("organization", "ESTABLISHED names the organisation by the name it is set up under"));
        if (violations.Count > 0)
            throw new InvalidInputException(Domain.Lineage.LineageRules.InvalidReason, $"the lineage event is invalid: {violations[0].Description}", violations);

        issuer ??= caller.Office();
        if (issuer is null && caller.Role() is Security.Role.Clerk)
            throw new InvalidInputException(RequestText.RequiredReason, "issuer", "issuer is required");
        var filer = FilingAuthority.FilerOf(caller);
        FilingRules.EnsureMayRecordLineage(filer, issuer ?? "");
        var submittedBy = caller.Office() ?? caller.Key();
        var row = await ledger.RecordAsync(new LineageDraft(organization!, kind!.Value, effective!.Value, newName, related,
            source ?? submittedBy, issuer, submittedBy), context.CancellationToken, filer);
        var lineage = await queries.OfAsync(new OrganizationRef(row.OrganizationId, null), context.CancellationToken);
        return new RecordLineageResponse { Event = LineageMessages.ToMessage(row, lineage.Names) };
    }

    /// <inheritdoc />
    public override async Task<ListLineageEventsResponse> ListLineageEvents(ListLineageEventsRequest request, ServerCallContext context)
    {
        var lineage = await queries.OfAsync(OrganizationRefs.Required(request.Organization, "organization"), context.CancellationToken);
        return new ListLineageEventsResponse
        {
            OrganizationId = OrganizationRefs.Name(lineage.Id),
            Organization = lineage.Name,
            Events = { lineage.Events.Select(e => LineageMessages.ToMessage(e, lineage.Names)) },
        };
    }

    private static void Collect(List<FieldViolation> violations, Action read)
    {
        try { read(); } catch (InvalidInputException e) { violations.AddRange(e.Violations); }
    }
}
