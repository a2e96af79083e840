using Google.Protobuf.WellKnownTypes;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>The stored anomalies (docs/decisions.md 37 A1, 46) answer as a fresh derivation does: after orders, a correction and
/// a confirmation, ListAnomalies (read from the projection) equals ListAnomalies as recorded now (which derives every post's
/// records again with the detector), on dates before, inside and after each anomaly's interval, with and without an organisation.</summary>
public sealed class AnomalyProjectionTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;
    private AnomalyService.AnomalyServiceClient Anomalies => new(_host.Channel);
    private OrderService.OrderServiceClient Orders => new(_host.Channel);

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Order OrderOf(string number, string decidedOn, params OrderItem[] items) => new()
    {
        DocumentNumber = number, Issuer = "阳泉市人民政府", DecisionBody = "阳泉市人民政府常务会议", DecidedOn = Dates.Wire(decidedOn), IssuedOn = Dates.Wire(decidedOn),
        Items = { items },
    };

    private static OrderItem Item(OrderAction action, string person, string organization, string title, string probation = "") =>
        new() { Action = action, Person = person, Organization = organization, Title = title, Probation = probation };

    private async Task<List<string>> List(string date, string organization, Timestamp? asRecordedAt)
    {
        var request = new ListAnomaliesRequest { AsOf = Dates.Wire(date), Organization = organization, PageSize = 1000 };
        if (asRecordedAt is not null) request.AsRecordedAt = asRecordedAt;
        var response = await Anomalies.ListAnomaliesAsync(request);
        return response.Anomalies.Select(a =>
            $"{a.Code}|{a.Message}|{a.Organization}|{a.Title}|{string.Join("、", a.Persons)}|{string.Join("、", a.Documents)}").ToList();
    }

    private async Task AssertProjectionMatchesDerivation(int atLeast)
    {
        var now = Timestamp.FromDateTime(DateTime.UtcNow.AddSeconds(1));
        var total = 0;
        foreach (var date in new[] { "2019-06-01", "2022-01-11", "2022-01-12", "2022-02-15", "2022-03-01", "2022-06-01", "2023-02-01", "2023-03-01", "2030-01-01" })
        {
            foreach (var organization in new[] { "", "市公安局", "市体育局", "盂县经济技术开发区管委会" })
            {
                var stored = await List(date, organization, null);
                Assert.Equal(await List(date, organization, now), stored);
                total += stored.Count;
            }
        }
        Assert.True(total >= atLeast, $"only {total} anomalies listed");
    }

    [Fact]
    public async Task After_orders_a_revocation_and_a_confirmation_the_stored_anomalies_equal_a_fresh_derivation()
    {
        await AssertProjectionMatchesDerivation(atLeast: 4);

        // Overlapping heads (spans two tenures of one organisation), a repeated appointment, an overdue probation.
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderOf("阳政任字〔2022〕20号", "2022-02-10",
            Item(OrderAction.Appoint, "李四", "市公安局", "局长"), Item(OrderAction.Appoint, "王五", "市体育局", "局长", "P1Y")) });
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderOf("阳政任字〔2022〕22号", "2022-05-01",
            Item(OrderAction.Appoint, "米炳生", "市公安局", "局长")) });
        Assert.Contains(await List("2022-02-15", "市公安局", null), a => a.StartsWith("OVERLAPPING_HEADS|", StringComparison.Ordinal));
        await AssertProjectionMatchesDerivation(atLeast: 8);

        // A revocation withdraws the anomalies of the order it revokes.
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = CorrectionTests.Correction("阳政任字〔2022〕3号") });
        await AssertProjectionMatchesDerivation(atLeast: 4);

        // A removal ends the overlap; a confirmation ends an overdue probation.
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderOf("阳政任字〔2022〕21号", "2022-03-01",
            Item(OrderAction.Remove, "米炳生", "市公安局", "局长")) });
        await new ProbationService.ProbationServiceClient(_host.Channel).ConfirmProbationAsync(new ConfirmProbationRequest
        {
            Person = "岳江", Organization = "市公安局国内安全保卫支队", Title = "支队长", ConfirmedOn = Dates.Wire("2023-01-12"), Source = "考核合格",
        });
        Assert.DoesNotContain(await List("2023-02-01", "", null), a => a.StartsWith("PROBATION_OVERDUE|", StringComparison.Ordinal) && a.Contains("岳江"));
        await AssertProjectionMatchesDerivation(atLeast: 4);
    }
}
