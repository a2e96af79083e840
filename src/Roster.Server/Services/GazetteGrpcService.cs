using Grpc.Core;
using Roster.Domain.Errors;
using Roster.Data.Queries;
using Roster.Gazette.Listing;
using Roster.Protos.V1;
using DomainOrder = Roster.Domain.Orders.Order;

namespace Roster.Server.Services;

/// <summary>roster.v1.GazetteService: gathers the stored orders of an issuer and period and renders them as the
/// gazette's personnel section (<see cref="ListingRenderer"/>).</summary>
public sealed class GazetteGrpcService(OrderQueries orders) : GazetteService.GazetteServiceBase
{
    /// <summary>Orders read per query page while gathering a listing.</summary>
    public const int PageSize = 500;

    /// <inheritdoc />
    public override async Task<GetListingResponse> GetListing(GetListingRequest request, ServerCallContext context)
    {
        var (from, before) = RequestDates.Range(request.IssuedFrom, "issued_from", request.IssuedBefore, "issued_before");
        // An enum number the contract does not define is refused, as the HTTP transcoder refuses an unknown name.
        if (!Enum.IsDefined(request.Format))
            throw new InvalidInputException("FORMAT_INVALID", "format", $"format {(int)request.Format} is not a listing format; expected LISTING_FORMAT_TEXT, LISTING_FORMAT_MARKDOWN or LISTING_FORMAT_JSON");
        var issuer = RequestText.Optional(request.Issuer, "issuer");
        var gathered = new List<DomainOrder>();
        for (PageCursor? cursor = PageCursor.First; cursor is not null;)
        {
            var page = await orders.ListAsync(issuer ?? "", null, from, before, cursor, PageSize, null, context.CancellationToken);
            gathered.AddRange(page.Items.Select(r => r.Order));
            cursor = page.Next;
        }
        var format = request.Format switch
        {
            Protos.V1.ListingFormat.Markdown => Gazette.Listing.ListingFormat.Markdown,
            Protos.V1.ListingFormat.Json => Gazette.Listing.ListingFormat.Json,
            _ => Gazette.Listing.ListingFormat.Text,
        };
        var arranged = ListingRenderer.Arrange(gathered);
        return new GetListingResponse { Listing = new Listing
        {
            Format = request.Format == Protos.V1.ListingFormat.Unspecified ? Protos.V1.ListingFormat.Text : request.Format,
            Text = ListingRenderer.Render(arranged, format),
            Contents = { arranged.Select(NoticeWriter.ContentsLine) },
        } };
    }
}
