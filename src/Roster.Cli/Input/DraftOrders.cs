using Roster.Domain.Orders;
using Roster.Domain.Time;
using Order = Roster.Protos.V1.Order;
using OrderItem = Roster.Protos.V1.OrderItem;
using OrderSource = Roster.Protos.V1.OrderSource;
using ProtoAction = Roster.Protos.V1.OrderAction;

namespace Roster.Cli.Input;

/// <summary>Order drafts read from gazette text, as <c>roster.v1.Order</c> messages to submit. Nothing is
/// judged here: the server validates.</summary>
public static class DraftOrders
{
    /// <summary>The wire form of <paramref name="draft"/>.</summary>
    public static Order ToWire(OrderDraft draft) => new()
    {
        DocumentNumber = draft.DocumentNumber ?? "",
        Issuer = draft.Issuer ?? "",
        Title = draft.Title ?? "",
        DecisionBody = draft.DecisionBody ?? "",
        DecidedOn = Wire(draft.DecidedOn),
        IssuedOn = Wire(draft.IssuedOn),
        EffectiveOn = Wire(draft.EffectiveOn),
        Corrects = draft.Corrects is { } correction ? new Roster.Protos.V1.OrderCorrection
        {
            DocumentNumber = correction.DocumentNumber ?? "",
            Kind = correction.Kind is { } kind ? (Roster.Protos.V1.CorrectionKind)(int)kind : Roster.Protos.V1.CorrectionKind.Unspecified,
        } : null,
        Source = new OrderSource
        {
            Gazette = draft.Source.Gazette ?? "",
            LineStart = draft.Source.LineStart ?? 0,
            LineEnd = draft.Source.LineEnd ?? 0,
            SubmittedBy = draft.Source.SubmittedBy ?? "",
        },
        Items =
        {
            draft.Items.Select(i => new OrderItem
            {
                Action = i.Action is { } action ? (ProtoAction)(int)action : ProtoAction.Unspecified,
                Person = i.Person ?? "",
                Organization = i.Organization ?? "",
                Title = i.Title ?? "",
                Probation = i.Probation ?? "",
                RetainsRank = i.RetainsRank,
                Concurrent = i.Concurrent,
                Acting = i.Acting,
                Note = i.Note ?? "",
            }),
        },
    };

    private static Google.Type.Date? Wire(CalendarDate? date) =>
        date is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;
}
