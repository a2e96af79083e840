using AutoMapper;
using Grpc.Core;
using Roster.Data.Queries;
using Roster.Protos.V1;
using Roster.Domain.Time;

namespace Roster.Server.Services;

/// <summary>roster.v1.AnomalyService: the anomalies holding on a date (today in the jurisdiction's time zone when unset), from the records now or as
/// recorded at a past moment.</summary>
public sealed class AnomalyGrpcService(IMapper mapper, AnomalyQueries queries, JurisdictionCalendar calendar) : AnomalyService.AnomalyServiceBase
{
    /// <summary>Default and maximum page sizes of ListAnomalies.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <inheritdoc />
    public override async Task<ListAnomaliesResponse> ListAnomalies(ListAnomaliesRequest request, ServerCallContext context)
    {
        var kind = PageToken.KindOf("anomalies", request.AsOf, request.Organization, request.AsRecordedAt);
        var asRecordedAt = RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", calendar.Clock);
        var asOf = RequestDates.Optional(request.AsOf, "as_of") ?? calendar.Today;
        var size = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        var page = await queries.ListAsync(asOf, request.Organization, PageToken.DecodeCursor(kind, request.PageToken), size,
            context.CancellationToken, asRecordedAt);
        return new ListAnomaliesResponse
        {
            Anomalies = { page.Items.Select(mapper.Map<Protos.V1.Anomaly>) },
            NextPageToken = PageToken.Encode(kind, page.Next),
        };
    }
}
