using AutoMapper;
using Google.Protobuf.WellKnownTypes;
using Roster.Data.Ledger;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Tenures;
using Roster.Domain.Time;
using Roster.Gazette;
using Proto = Roster.Protos.V1;

namespace Roster.Server.Mapping;

/// <summary>
/// The one map between the domain and the <c>roster.v1</c> messages. Flat by design: messages refer to
/// organisations and orders by name, never nest a parent, so no map recurses (GHSA-rvv3-g6hj-g44x).
/// Business rules stay in the domain; this only renames and converts representations.
/// </summary>
public sealed class RosterProfile : Profile
{
    /// <summary>Declares the maps.</summary>
    public RosterProfile()
    {
        // Wire representations.
        CreateMap<DateOnly, Google.Type.Date>().ConvertUsing(d => new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day });
        CreateMap<DateOnly?, Google.Type.Date?>().ConvertUsing(d => d == null ? null : new Google.Type.Date { Year = d.Value.Year, Month = d.Value.Month, Day = d.Value.Day });
        CreateMap<Google.Type.Date?, CalendarDate?>().ConvertUsing(d => d == null ? null : new CalendarDate(d.Year, d.Month, d.Day));
        CreateMap<DateTime, Timestamp>().ConvertUsing(t => Timestamp.FromDateTime(DateTime.SpecifyKind(t, DateTimeKind.Utc)));
        CreateMap<DocumentNumber, string>().ConvertUsing(n => n.ToString());
        CreateMap<Period?, string>().ConvertUsing(p => p == null ? string.Empty : p.Value.ToString());
        CreateMap<CalendarDate?, Google.Type.Date?>().ConvertUsing(d => d == null ? null : new Google.Type.Date { Year = d.Value.Year, Month = d.Value.Month, Day = d.Value.Day });
        CreateMap<OrderAction?, Proto.OrderAction>().ConvertUsing(a => a == null ? Proto.OrderAction.Unspecified : (Proto.OrderAction)(int)a.Value);
        CreateMap<Proto.OrderAction, OrderAction?>().ConvertUsing(a =>
            a != Proto.OrderAction.Unspecified && System.Enum.IsDefined(typeof(OrderAction), (int)a) ? (OrderAction)(int)a : null);

        // Requests -> domain drafts.
        CreateMap<Proto.OrderItem, OrderItemDraft>();
        CreateMap<Proto.OrderSource?, OrderSource>().ConvertUsing(s => s == null ? OrderSource.None : new OrderSource(
            Blank(s.Gazette), s.LineStart > 0 ? s.LineStart : null, s.LineEnd > 0 ? s.LineEnd : null, Blank(s.SubmittedBy)));
        CreateMap<Proto.Order, OrderDraft>();

        // Domain -> responses.
        CreateMap<OrderItem, Proto.OrderItem>()
            .ForMember(d => d.Organization, o => o.MapFrom(s => s.Post.Organization))
            .ForMember(d => d.Title, o => o.MapFrom(s => s.Post.Title))
            .ForMember(d => d.Rank, o => o.MapFrom(s => s.Post.Rank));
        CreateMap<OrderSource, Proto.OrderSource>();
        CreateMap<Order, Proto.Order>().ForMember(d => d.RecordedAt, o => o.Ignore());
        CreateMap<RecordedOrder, Proto.Order>().IncludeMembers(r => r.Order);
        CreateMap<TimelineWarning, Proto.Warning>().ForMember(d => d.ItemIndex, o => o.MapFrom(s => s.Position));
        CreateMap<SubmitOutcome, Proto.SubmitOrderResponse>()
            .ForMember(d => d.Order, o => o.MapFrom(s => s.Recorded));
        CreateMap<Tenure, Proto.Tenure>()
            .ForMember(d => d.Organization, o => o.MapFrom(s => s.Post.Organization))
            .ForMember(d => d.Title, o => o.MapFrom(s => s.Post.Title))
            .ForMember(d => d.Rank, o => o.MapFrom(s => s.Post.Rank));
        CreateMap<Officeholders, Proto.ListOfficeholdersResponse>()
            .ForMember(d => d.Officeholders, o => o.MapFrom(s => s.Holders))
            .ForMember(d => d.Organization, o => o.Ignore());

        // Gazette readings (drafts, not validated) -> responses.
        CreateMap<OrderItemDraft, Proto.OrderItem>().ForMember(d => d.Rank, o => o.Ignore());
        CreateMap<OrderDraft, Proto.Order>().ForMember(d => d.RecordedAt, o => o.Ignore());
        CreateMap<GazetteDiagnostic, Proto.NoticeDiagnostic>();
        CreateMap<NoticeReading, Proto.ParsedNotice>()
            .ForMember(d => d.Clean, o => o.MapFrom(s => s.IsClean))
            .ForMember(d => d.Correction, o => o.MapFrom(s => s.IsCorrection));
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
