using AutoMapper;
using Grpc.Core;
using Roster.Data.Ledger;
using Roster.Data.Queries;
using Roster.Domain.Orders;
using Roster.Gazette;
using Roster.Protos.V1;
using Roster.Server.Security;

namespace Roster.Server.Services;

/// <summary>roster.v1.OrderService: map the request, call the domain and the ledger, map the reply.
/// Errors are typed domain exceptions, translated by <see cref="Errors.ErrorInterceptor"/>.</summary>
public sealed class OrderGrpcService(IMapper mapper, OrderValidator validator, OrderLedger ledger, OrderQueries orders, GazetteParser parser,
    FilingAuthority authority, TimeProvider clock)
    : OrderService.OrderServiceBase
{
    /// <summary>Default and maximum page sizes of ListOrders.</summary>
    public const int DefaultPageSize = 50, MaxPageSize = 500;

    /// <inheritdoc />
    public override async Task<SubmitOrderResponse> SubmitOrder(SubmitOrderRequest request, ServerCallContext context)
    {
        var caller = context.GetHttpContext().User;
        var order = authority.Authorize(caller, validator.Validate(mapper.Map<OrderDraft>(request.Order ?? new Protos.V1.Order())));
        var outcome = await ledger.SubmitAsync(order, new SubmitOptions(request.ValidateOnly, request.RejectConflicts, FilingAuthority.FilerOf(caller)), context.CancellationToken);
        authority.Filed(caller, order, outcome.Created ? "stored" : request.ValidateOnly ? "validated only" : "already stored");
        var response = mapper.Map<SubmitOrderResponse>(outcome);
        // Under validate_only nothing was recorded, so there is no recorded time to report (a stored duplicate keeps its own).
        if (request.ValidateOnly && !outcome.AlreadyRecorded) response.Order.RecordedAt = null;
        return response;
    }

    /// <inheritdoc />
    public override async Task<GetOrderResponse> GetOrder(GetOrderRequest request, ServerCallContext context) =>
        new() { Order = mapper.Map<Protos.V1.Order>(await orders.GetAsync(request.DocumentNumber,
            RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", clock), context.CancellationToken)) };

    /// <inheritdoc />
    public override async Task<ListOrdersResponse> ListOrders(ListOrdersRequest request, ServerCallContext context)
    {
        // Name filters are names: compact, at most RequestText.MaxLength characters, as every other query's.
        _ = RequestText.Optional(request.Issuer, "issuer");
        _ = RequestText.Optional(request.Person, "person");
        var kind = PageToken.KindOf("orders", request.Issuer, request.Person, request.IssuedFrom, request.IssuedBefore, request.AsRecordedAt);
        var size = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        var cursor = PageToken.DecodeCursor(kind, request.PageToken);
        var (from, before) = RequestDates.Range(request.IssuedFrom, "issued_from", request.IssuedBefore, "issued_before");
        var page = await orders.ListAsync(request.Issuer, request.Person, from, before, cursor, size,
            RecordedTime.Past(request.AsRecordedAt, "as_recorded_at", clock), context.CancellationToken);
        return new ListOrdersResponse
        {
            Orders = { page.Items.Select(mapper.Map<Protos.V1.Order>) },
            NextPageToken = PageToken.Encode(kind, page.Next),
        };
    }

    /// <inheritdoc />
    public override Task<ParseNoticeResponse> ParseNotice(ParseNoticeRequest request, ServerCallContext context)
    {
        var reading = parser.Read(request.Text, string.IsNullOrWhiteSpace(request.SourceName) ? "notice.txt" : request.SourceName);
        var response = new ParseNoticeResponse
        {
            Notices = { reading.Notices.Select(mapper.Map<ParsedNotice>) },
            Rosters = { reading.Rosters.Select(mapper.Map<ParsedRoster>) },
            Diagnostics = { reading.Diagnostics.Select(mapper.Map<NoticeDiagnostic>) },
        };
        return Task.FromResult(response);
    }
}
