using AutoMapper;
using Grpc.Core;
using Roster.Data.Audit;
using Roster.Data.Queries;
using Roster.Protos.V1;
using Roster.Server.Audit;

namespace Roster.Server.Services;

/// <summary>roster.v1.AuditService: the audit trail, read-only. The admin role is checked by <see cref="Security.AccessInterceptor"/>.</summary>
public sealed class AuditGrpcService(IMapper mapper, AuditQueries audit) : AuditService.AuditServiceBase
{
    /// <summary>Default and maximum page sizes of ListAuditEvents.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <inheritdoc />
    public override async Task<ListAuditEventsResponse> ListAuditEvents(ListAuditEventsRequest request, ServerCallContext context)
    {
        var (from, before) = RecordedTime.Range(request.OccurredFrom, "occurred_from", request.OccurredBefore, "occurred_before");
        var filter = new AuditFilter(Blank(request.Actor), Blank(request.Target) is { } target ? AuditedWrites.DocumentTarget(target) : null, from, before);
        var kind = PageToken.KindOf("audit", filter.Actor, filter.Target, filter.From?.Ticks, filter.Before?.Ticks);
        var size = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        var page = await audit.ListAsync(filter, PageToken.DecodeCursor(kind, request.PageToken), size, context.CancellationToken);
        return new ListAuditEventsResponse
        {
            Events = { page.Items.Select(mapper.Map<Protos.V1.AuditEvent>) },
            NextPageToken = PageToken.Encode(kind, page.Next),
        };
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
