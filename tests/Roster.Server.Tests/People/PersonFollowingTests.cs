using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.People;

/// <summary>
/// Following one person by id (docs/identity.md): WatchChanges and ListTenures with a person id answer for that person, not
/// every bearer of the name, and follow the person through a merge by judgement.
/// </summary>
public sealed class PersonFollowingTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync(importSeed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Order Appointment(string document, string issuer, string organization, string decidedOn) => new()
    {
        DocumentNumber = document,
        Issuer = issuer,
        DecidedOn = Dates.Wire(decidedOn),
        IssuedOn = Dates.Wire(decidedOn),
        Items = { new OrderItem { Action = OrderAction.Appoint, Person = "王平", Organization = organization, Title = "局长" } },
    };

    // Each watch ends at a marker order appointing 王平 (in 阳泉, so the 阳泉 王平 by name) to an organisation of its own.
    private static readonly string[] MarkerOrganizations = ["阳泉市审计局", "阳泉市统计局", "阳泉市体育局", "阳泉市林业局"];
    private int _markers;

    /// <summary>Every change a watch from cursor 0 for <paramref name="person"/> streams before the next marker order, markers
    /// left out, as "KIND organisation person_id".</summary>
    private async Task<List<string>> WatchAsync(string person)
    {
        var marker = MarkerOrganizations[_markers++];
        var document = $"阳政任字〔2024〕{_markers}号";
        var seen = new List<string>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = new ChangeService.ChangeServiceClient(_host.Channel)
            .WatchChanges(new WatchChangesRequest { Person = person }, cancellationToken: cancel.Token);
        await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest
            { Order = Appointment(document, "阳泉市人民政府", marker, "2024-01-05") });
        await foreach (var response in watch.ResponseStream.ReadAllAsync(cancel.Token))
        {
            if (response.Change.DocumentNumber == document) break;
            if (MarkerOrganizations.Contains(response.Change.Organization)) continue;
            seen.Add($"{response.Change.Kind} {response.Change.Organization} {response.Change.PersonId}");
        }
        return seen;
    }

    [Fact]
    public async Task Watching_a_person_id_streams_that_person_only_and_follows_a_merge()
    {
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        var yangquan = (await orders.SubmitOrderAsync(new SubmitOrderRequest
            { Order = Appointment("阳政任字〔2023〕1号", "阳泉市人民政府", "阳泉市财政局", "2023-01-05") })).Order.Items[0].PersonId;
        var taiyuan = (await orders.SubmitOrderAsync(new SubmitOrderRequest
            { Order = Appointment("并政任字〔2023〕1号", "太原市人民政府", "太原市财政局", "2023-01-05") })).Order.Items[0].PersonId;
        Assert.NotEqual(yangquan, taiyuan);

        // By id: the 阳泉 王平's appointment, not the 太原 one's (by name both come, as before).
        Assert.Equal([$"TenureStarted 阳泉市财政局 {yangquan}"], await WatchAsync(yangquan));
        Assert.Equal(2, (await WatchAsync("王平")).Count(c => c.StartsWith("TenureStarted", StringComparison.Ordinal)));

        // Judged the same person: the id now follows both tenures, and the merge itself.
        await new PeopleService.PeopleServiceClient(_host.Channel).JudgePeopleAsync(new JudgePeopleRequest
            { First = yangquan, Second = taiyuan, Verdict = Verdict.Same, Note = "同一人" });
        var merged = await WatchAsync(yangquan);
        Assert.Contains($"TenureStarted 阳泉市财政局 {yangquan}", merged);
        Assert.Contains($"TenureStarted 太原市财政局 {taiyuan}", merged);
        Assert.Contains(merged, c => c.StartsWith("PeopleMerged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Listing_tenures_by_person_id_lists_that_person_and_follows_a_merge()
    {
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        var yangquan = (await orders.SubmitOrderAsync(new SubmitOrderRequest
            { Order = Appointment("阳政任字〔2023〕5号", "阳泉市人民政府", "阳泉市财政局", "2023-01-05") })).Order.Items[0].PersonId;
        var taiyuan = (await orders.SubmitOrderAsync(new SubmitOrderRequest
            { Order = Appointment("并政任字〔2023〕5号", "太原市人民政府", "太原市财政局", "2023-01-05") })).Order.Items[0].PersonId;
        var roster = new RosterService.RosterServiceClient(_host.Channel);
        async Task<string[]> Organizations(string person, Google.Protobuf.WellKnownTypes.Timestamp? at = null)
        {
            var request = new ListTenuresRequest { Person = person };
            if (at is not null) request.AsRecordedAt = at;
            return (await roster.ListTenuresAsync(request)).Tenures.Select(t => $"{t.Organization} {t.PersonId}").Order(StringComparer.Ordinal).ToArray();
        }

        Assert.Equal([$"阳泉市财政局 {yangquan}"], await Organizations(yangquan));
        Assert.Equal([$"太原市财政局 {taiyuan}"], await Organizations(taiyuan));
        Assert.Equal(2, (await Organizations("王平")).Length);

        var beforeMerge = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow);
        await Task.Delay(20);
        await new PeopleService.PeopleServiceClient(_host.Channel).JudgePeopleAsync(new JudgePeopleRequest
            { First = yangquan, Second = taiyuan, Verdict = Verdict.Same, Note = "同一人" });
        var both = new[] { $"太原市财政局 {taiyuan}", $"阳泉市财政局 {yangquan}" }.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(both, await Organizations(taiyuan));
        Assert.Equal(both, await Organizations(yangquan, Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddSeconds(1))));
        Assert.Equal([$"阳泉市财政局 {yangquan}"], await Organizations(yangquan, beforeMerge));

        var unknown = await Assert.ThrowsAsync<RpcException>(() => roster.ListTenuresAsync(new ListTenuresRequest { Person = "people/999999" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Watching_an_id_no_person_has_is_not_found_and_a_malformed_id_is_invalid()
    {
        var changes = new ChangeService.ChangeServiceClient(_host.Channel);
        async Task<RpcException> Refused(string person)
        {
            using var watch = changes.WatchChanges(new WatchChangesRequest { Person = person });
            return await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext(CancellationToken.None));
        }
        Assert.Equal(StatusCode.NotFound, (await Refused("people/999999")).StatusCode);
        var malformed = await Refused("people/abc");
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        Assert.Contains("person", malformed.Status.Detail, StringComparison.Ordinal);
    }
}
