using Roster.Testing.Hosting;
using Roster.Protos.V1;

namespace Roster.Server.Tests;

/// <summary>Readable test orders of 阳泉市人民政府 on the wire.</summary>
internal static class OrderBuilder
{
    /// <summary>An order appointing <paramref name="person"/> 阳泉市能源局局长, decided on <paramref name="decidedOn"/>.</summary>
    public static Order Appointment(string documentNumber = "阳政任字〔2022〕9号", string person = "王建国", string decidedOn = "2022-03-01") => new()
    {
        DocumentNumber = documentNumber,
        Issuer = "阳泉市人民政府",
        DecisionBody = "阳泉市人民政府常务会议",
        DecidedOn = Dates.Wire(decidedOn),
        IssuedOn = Dates.Wire(decidedOn),
        Items = { new OrderItem { Action = OrderAction.Appoint, Person = person, Organization = "市能源局", Title = "局长", Probation = "P1Y" } },
    };
}
