using AutoMapper;
using Google.Protobuf.WellKnownTypes;
using Roster.Data.Ledger;
using Roster.Data.Queries;
using Roster.Domain.Groups;
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
            Blank(s.Gazette), s.LineStart != 0 ? s.LineStart : null, s.LineEnd != 0 ? s.LineEnd : null, Blank(s.SubmittedBy)));
        CreateMap<Proto.CorrectionKind, CorrectionKind?>().ConvertUsing(k =>
            k != Proto.CorrectionKind.Unspecified && System.Enum.IsDefined(typeof(CorrectionKind), (int)k) ? (CorrectionKind)(int)k : null);
        CreateMap<Proto.OrderCorrection, CorrectionDraft>();
        CreateMap<Proto.Order, OrderDraft>();

        // Domain -> responses.
        CreateMap<OrderItem, Proto.OrderItem>()
            .ForMember(d => d.Organization, o => o.MapFrom(s => s.Post.Organization))
            .ForMember(d => d.Title, o => o.MapFrom(s => s.Post.Title))
            .ForMember(d => d.Rank, o => o.MapFrom(s => s.Post.Rank))
            .ForMember(d => d.PersonId, o => o.MapFrom(s => s.NamedPerson == null ? "" : s.NamedPerson.Value.ToString()))
            .ForMember(d => d.PersonReason, o => o.Ignore());
        CreateMap<OrderSource, Proto.OrderSource>();
        CreateMap<CorrectionKind?, Proto.CorrectionKind>().ConvertUsing(k => k == null ? Proto.CorrectionKind.Unspecified : (Proto.CorrectionKind)(int)k.Value);
        CreateMap<Correction, Proto.OrderCorrection>().ForMember(d => d.DocumentNumber, o => o.MapFrom(s => s.Target));
        CreateMap<CorrectedBy, Proto.CorrectedBy>();
        CreateMap<Order, Proto.Order>().ForMember(d => d.RecordedAt, o => o.Ignore()).ForMember(d => d.CorrectedBy, o => o.Ignore())
            .ForMember(d => d.EffectiveOn, o => o.MapFrom(s => WireDate(s.EffectiveOn, s.EffectivePrecision)));
        CreateMap<RecordedOrder, Proto.Order>().IncludeMembers(r => r.Order).AfterMap((s, d) =>
        {
            // The person each item resolved to, by position (docs/identity.md).
            for (var i = 0; s.People is { } people && i < people.Count && i < d.Items.Count; i++)
            {
                d.Items[i].PersonId = Id(people[i].PersonId);
                d.Items[i].PersonReason = ReasonWord(people[i].Reason);
            }
        });
        CreateMap<TimelineWarning, Proto.Warning>().ForMember(d => d.ItemIndex, o => o.MapFrom(s => s.Position));
        CreateMap<SubmitOutcome, Proto.SubmitOrderResponse>()
            .ForMember(d => d.Order, o => o.MapFrom(s => s.Recorded));
        CreateMap<Tenure, Proto.Tenure>()
            .ForMember(d => d.PersonId, o => o.MapFrom(s => s.PersonId == null ? "" : new Domain.People.PersonId(s.PersonId.Value).ToString()))
            .ForMember(d => d.Organization, o => o.MapFrom(s => s.Post.Organization))
            .ForMember(d => d.Title, o => o.MapFrom(s => s.Post.Title))
            .ForMember(d => d.Rank, o => o.MapFrom(s => s.Post.Rank))
            .ForMember(d => d.StartOn, o => o.MapFrom(s => s.StartOn == null ? null : WireDate(s.StartOn.Value, s.StartPrecision)))
            .ForMember(d => d.KnownSince, o => o.MapFrom(s => WireDate(s.KnownSince, s.StartKnown ? s.StartPrecision : DatePrecision.Day)))
            .ForMember(d => d.EndOn, o => o.MapFrom(s => s.EndOn == null ? null : WireDate(s.EndOn.Value, s.EndPrecision)));
        // Groups.
        CreateMap<Proto.Seat, SeatDraft>();
        CreateMap<Proto.GroupRoster, RosterDraft>();
        CreateMap<Seat, Proto.Seat>()
            .ForMember(d => d.HolderKind, o => o.MapFrom(s => s.Kind))
            .ForMember(d => d.PersonId, o => o.MapFrom(s => s.PersonId == null ? "" : s.PersonId.Value.ToString()))
            .ForMember(d => d.PersonReason, o => o.MapFrom(s => s.PersonReason == null ? "" : ReasonWord(s.PersonReason.Value)))
            .ForMember(d => d.Resolution, o => o.Ignore());
        CreateMap<GroupRoster, Proto.GroupRoster>();
        CreateMap<SeatAnswer, Proto.SeatResolution>()
            .ForMember(d => d.Coverage, o => o.MapFrom(s => s.Answer!.Coverage))
            .ForMember(d => d.Holders, o => o.MapFrom(s => s.Answer!.Holders));
        CreateMap<SeatAnswer, Proto.Seat>()
            .IncludeMembers(a => a.Seat)
            .ForMember(d => d.HolderKind, o => o.MapFrom(s => s.Seat.Kind))
            .ForMember(d => d.Resolution, o => o.MapFrom(s => s.Answer == null ? null : s));
        CreateMap<GroupRosterAnswer, Proto.GetGroupRosterResponse>()
            .ForMember(d => d.RosterCoverage, o => o.MapFrom(s => s.Roster == null ? Coverage.Unknown : Coverage.Held))
            .AfterMap((s, d, context) =>
            {
                if (d.Roster is null) return;
                d.Roster.Seats.Clear();
                d.Roster.Seats.AddRange(s.Seats.Select(context.Mapper.Map<Proto.Seat>));
            });
        CreateMap<GroupListing, Proto.GroupSummary>()
            .ForMember(d => d.Group, o => o.MapFrom(s => s.Roster.Group))
            .ForMember(d => d.Kind, o => o.MapFrom(s => s.Roster.Kind))
            .ForMember(d => d.SourceDocument, o => o.MapFrom(s => s.Roster.SourceDocument))
            .ForMember(d => d.EffectiveOn, o => o.MapFrom(s => s.Roster.EffectiveOn))
            .ForMember(d => d.SeatCount, o => o.MapFrom(s => s.Roster.Seats.Count));
        CreateMap<RosterSubmitOutcome, Proto.SubmitRosterResponse>();
        CreateMap<Domain.Groups.Portfolio, Proto.Portfolio>();
        // People (docs/identity.md).
        CreateMap<Data.Queries.PersonView, Proto.Person>().ConvertUsing((s, _, context) => PersonOf(s, context.Mapper));
        CreateMap<Domain.People.ReviewItem, Proto.ReviewItem>().ConvertUsing(s => new Proto.ReviewItem
        {
            Kind = s.Kind, DisplayName = s.Name, First = Id(s.First), Second = Id(s.Second),
            FirstJurisdictions = { s.FirstJurisdictions }, SecondJurisdictions = { s.SecondJurisdictions }, JudgedUnsure = s.JudgedUnsure,
        });
        CreateMap<Data.Entities.JudgementEntity, Proto.Judgement>().ConvertUsing(s => new Proto.Judgement
        {
            First = Id(s.FirstId), Second = Id(s.SecondId), Verdict = (Proto.Verdict)(int)s.Verdict, Note = s.Note ?? "",
            RecordedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.SpecifyKind(s.RecordedAt, DateTimeKind.Utc)),
            SubmittedBy = s.SubmittedBy ?? "",
        });
        // Audit trail and change feed.
        CreateMap<Data.Audit.AuditEvent, Proto.AuditEvent>();
        CreateMap<string, Proto.ChangeKind>().ConvertUsing(k => ChangeKindOf(k));
        CreateMap<Data.Changes.FeedChange, Proto.Change>()
            .ForMember(d => d.PersonId, o => o.MapFrom(s => s.PersonId == null ? "" : new Domain.People.PersonId(s.PersonId.Value).ToString()))
            .ForMember(d => d.MergedInto, o => o.MapFrom(s => s.MergedIntoId == null ? "" : new Domain.People.PersonId(s.MergedIntoId.Value).ToString()))
            .ForMember(d => d.StartOn, o => o.MapFrom(s => s.StartOn == null ? null : WireDate(s.StartOn.Value, s.StartPrecision)))
            .ForMember(d => d.KnownSince, o => o.MapFrom(s => s.KnownSince == null ? null : WireDate(s.KnownSince.Value, s.StartOn == null ? DatePrecision.Day : s.StartPrecision)))
            .ForMember(d => d.EndOn, o => o.MapFrom(s => s.EndOn == null ? null : WireDate(s.EndOn.Value, s.EndPrecision)));

        // Probation and anomalies.
        CreateMap<Proto.ConfirmProbationRequest, Domain.Probation.ConfirmationDraft>().ForMember(d => d.SubmittedBy, o => o.Ignore());
        CreateMap<Domain.Probation.ProbationStatus?, Proto.ProbationStatus>()
            .ConvertUsing(s => s == null ? Proto.ProbationStatus.Unspecified : (Proto.ProbationStatus)(int)s.Value);
        CreateMap<Domain.Probation.ProbationEntry, Proto.Probation>();
        CreateMap<ConfirmOutcome, Proto.ConfirmProbationResponse>()
            .ForMember(d => d.SubmittedBy, o => o.MapFrom(s => s.Confirmation.SubmittedBy));
        CreateMap<Domain.Anomalies.Anomaly, Proto.Anomaly>();

        CreateMap<Officeholders, Proto.ListOfficeholdersResponse>()
            .ForMember(d => d.Officeholders, o => o.MapFrom(s => s.Holders))
            .ForMember(d => d.UncertainHolders, o => o.MapFrom(s => s.Uncertain))
            // Set by the service from the lineage answer (docs/identity.md, organisations), not from the holders.
            .ForMember(d => d.Organization, o => o.Ignore())
            .ForMember(d => d.OrganizationId, o => o.Ignore())
            .ForMember(d => d.AnsweredBy, o => o.Ignore());

        // Gazette readings (drafts, not validated) -> responses.
        CreateMap<OrderItemDraft, Proto.OrderItem>().ForMember(d => d.Rank, o => o.Ignore()).ForMember(d => d.PersonReason, o => o.Ignore());
        CreateMap<CorrectionDraft, Proto.OrderCorrection>();
        CreateMap<OrderDraft, Proto.Order>().ForMember(d => d.RecordedAt, o => o.Ignore()).ForMember(d => d.CorrectedBy, o => o.Ignore());
        // The two DiagnosticCode enums share their numbers (DIAGNOSTIC_CODE_NOT_AN_ITEM = 1 is NotAnItem = 1).
        CreateMap<GazetteDiagnostic, Proto.NoticeDiagnostic>()
            .ForMember(d => d.Code, o => o.MapFrom(s => (Proto.DiagnosticCode)(int)s.Code))
            .ForMember(d => d.SourceName, o => o.Ignore());
        CreateMap<NoticeReading, Proto.ParsedNotice>()
            .ForMember(d => d.Clean, o => o.MapFrom(s => s.IsClean))
            .ForMember(d => d.Correction, o => o.MapFrom(s => s.IsCorrection));
        CreateMap<SeatDraft, Proto.Seat>()
            .ForMember(d => d.HolderKind, o => o.MapFrom(s => s.Person != null ? Proto.SeatHolderKind.Person
                : s.ExOfficio != null ? Proto.SeatHolderKind.ExOfficio : s.MemberUnit != null ? Proto.SeatHolderKind.MemberUnit : Proto.SeatHolderKind.Unspecified))
            .ForMember(d => d.Organization, o => o.Ignore())
            .ForMember(d => d.PersonId, o => o.Ignore())
            .ForMember(d => d.PersonReason, o => o.Ignore())
            .ForMember(d => d.Resolution, o => o.Ignore());
        CreateMap<RosterDraft, Proto.GroupRoster>().ForMember(d => d.Kind, o => o.Ignore());
        CreateMap<Roster.Gazette.Groups.RosterReading, Proto.ParsedRoster>()
            .ForMember(d => d.Importable, o => o.MapFrom(s => s.IsImportable));
    }

    /// <summary>A stored date at its precision, as google.type.Date writes it: day 0 for a month, month and day 0 for a year.</summary>
    private static Google.Type.Date WireDate(DateOnly first, DatePrecision precision)
    {
        var date = CalendarDate.From(first, precision);
        return new Google.Type.Date { Year = date.Year, Month = date.Month, Day = date.Day };
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>
    /// The wire kind of a stored kind: the stored text is the short word (<c>TENURE_STARTED</c>, for
    /// <c>CHANGE_KIND_TENURE_STARTED</c>); unknown names are unspecified.
    /// </summary>
    private static Proto.ChangeKind ChangeKindOf(string name) =>
        Roster.Protos.Naming.EnumWords.Find(Proto.ChangeServiceReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("ChangeKind"), name) is { } value
            ? (Proto.ChangeKind)value.Number
            : Proto.ChangeKind.Unspecified;

    private static string Id(long id) => new Domain.People.PersonId(id).ToString();

    private static Proto.Person PersonOf(Data.Queries.PersonView view, IRuntimeMapper mapper) => new()
    {
        Name = view.Name,
        PersonId = Id(view.Id),
        Names = { view.Names },
        Jurisdictions = { view.Jurisdictions },
        MergedIds = { view.MergedIds.Select(Id) },
        RedirectedFrom = view.RedirectedFrom is { } from ? Id(from) : "",
        Summary = Domain.People.CareerSummary.Of(view.Tenures),
        Tenures = { view.Tenures.Select(mapper.Map<Proto.Tenure>) },
        ExternalIdentifiers =
        {
            (view.Identifiers ?? []).Select(i => new Proto.ExternalIdentifier { Scheme = i.Scheme, Value = i.Value, Subject = Id(view.Id), DisplayName = view.Name }),
        },
    };

    /// <summary>A resolution reason as the API spells it: <c>LinkedByDocument</c> is <c>LINKED_BY_DOCUMENT</c>.</summary>
    public static string ReasonWord(Domain.People.MentionReason reason) =>
        string.Concat(reason.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
