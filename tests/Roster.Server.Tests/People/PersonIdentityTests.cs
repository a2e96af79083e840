using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.People;

/// <summary>
/// People as identities through a real server (docs/identity.md): two 王平 appointed by two cities are two people, the review
/// list asks about them, judgements answer it and can be undone; the seed's 张五太 is one person linked by his order.
/// </summary>
public sealed class PersonIdentityTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync(importSeed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Order Appointment(string document, string issuer, string organization) => new()
    {
        DocumentNumber = document,
        Issuer = issuer,
        DecidedOn = Dates.Wire("2023-01-05"),
        IssuedOn = Dates.Wire("2023-01-05"),
        Items = { new OrderItem { Action = OrderAction.Appoint, Person = "王平", Organization = organization, Title = "局长" } },
    };

    private async Task<(string Yangquan, string Taiyuan)> TwoWangPingAsync()
    {
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        var yangquan = await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2023〕1号", "阳泉市人民政府", "阳泉市财政局") });
        var taiyuan = await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("并政任字〔2023〕1号", "太原市人民政府", "太原市财政局") });
        return (yangquan.Order.Items[0].PersonId, taiyuan.Order.Items[0].PersonId);
    }

    [Fact]
    public async Task Two_cities_appointing_Wang_Ping_make_two_people_and_a_review_item()
    {
        var (yangquan, taiyuan) = await TwoWangPingAsync();
        Assert.Matches("^people/[1-9][0-9]*$", yangquan);
        Assert.Matches("^people/[1-9][0-9]*$", taiyuan);
        Assert.NotEqual(yangquan, taiyuan);

        var people = (await new PeopleService.PeopleServiceClient(_host.Channel).ListPeopleAsync(new ListPeopleRequest { DisplayName = "王 平" })).People;
        Assert.Equal(2, people.Count);
        Assert.Equal([yangquan, taiyuan], people.Select(p => p.PersonId).Order(StringComparer.Ordinal).ToArray().OrderBy(id => id == yangquan ? 0 : 1));
        var inYangquan = people.Single(p => p.PersonId == yangquan);
        Assert.Equal(("阳泉市财政局", "局长", "阳泉市"), (inYangquan.Tenures.Single().Organization, inYangquan.Tenures.Single().Title, inYangquan.Jurisdictions.Single()));
        Assert.Equal(yangquan, inYangquan.Tenures.Single().PersonId);
        Assert.Equal("阳泉市财政局局长 (2023-01-05–)", inYangquan.Summary);
        Assert.Equal("太原市财政局", people.Single(p => p.PersonId == taiyuan).Tenures.Single().Organization);

        // By name, one person is meant: several is a precondition the caller must resolve by id.
        var ambiguous = await Assert.ThrowsAsync<RpcException>(() =>
            new RosterService.RosterServiceClient(_host.Channel).GetPersonAsync(new GetPersonRequest { Name = "王平" }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, ambiguous.StatusCode);
        Assert.Contains(yangquan, ambiguous.Status.Detail);

        var item = Assert.Single((await new PeopleService.PeopleServiceClient(_host.Channel).ListReviewItemsAsync(new ListReviewItemsRequest())).ReviewItems);
        Assert.Equal(("POSSIBLE_SAME_PERSON", "王平"), (item.Kind, item.DisplayName));
        Assert.Equal(new[] { yangquan, taiyuan }.Order(StringComparer.Ordinal), new[] { item.First, item.Second }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Different_clears_the_item_same_merges_with_an_audit_row_and_a_feed_entry_and_a_later_different_undoes_it()
    {
        var (yangquan, taiyuan) = await TwoWangPingAsync();
        var people = new PeopleService.PeopleServiceClient(_host.Channel);
        var roster = new RosterService.RosterServiceClient(_host.Channel);

        await people.JudgePeopleAsync(new JudgePeopleRequest { First = yangquan, Second = taiyuan, Verdict = Verdict.Different });
        Assert.Empty((await people.ListReviewItemsAsync(new ListReviewItemsRequest())).ReviewItems);

        var same = await people.JudgePeopleAsync(new JudgePeopleRequest { First = taiyuan, Second = yangquan, Verdict = Verdict.Same, Note = "同一人" });
        Assert.Equal(same.FirstAnswersAs, same.SecondAnswersAs);
        var survivor = same.FirstAnswersAs;
        var other = survivor == yangquan ? taiyuan : yangquan;
        var merged = (await roster.GetPersonAsync(new GetPersonRequest { Name = other })).Person;
        Assert.Equal((survivor, other), (merged.PersonId, merged.RedirectedFrom));
        Assert.Equal(["太原市财政局", "阳泉市财政局"], merged.Tenures.Select(t => t.Organization).Order(StringComparer.Ordinal));
        Assert.Equal(other, Assert.Single(merged.MergedIds));
        Assert.Single((await people.ListPeopleAsync(new ListPeopleRequest { DisplayName = "王平" })).People);
        var mergedAt = same.Judgement.RecordedAt;

        var audit = (await new AuditService.AuditServiceClient(_host.Channel).ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 100 })).Events;
        Assert.Equal(2, audit.Count(e => e.Method == "roster.v1.PeopleService/JudgePeople" && e.Status == "OK"));

        var feed = new List<Change>();
        using (var watch = new ChangeService.ChangeServiceClient(_host.Channel).WatchChanges(new WatchChangesRequest(), deadline: DateTime.UtcNow.AddSeconds(5)))
        {
            try
            {
                while (await watch.ResponseStream.MoveNext(CancellationToken.None)) feed.Add(watch.ResponseStream.Current.Change);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.DeadlineExceeded)
            {
            }
        }
        var mergeEntry = Assert.Single(feed, c => c.Kind == ChangeKind.PeopleMerged);
        Assert.Equal((other, survivor), (mergeEntry.PersonId, mergeEntry.MergedInto));
        Assert.All(feed.Where(c => c.Kind == ChangeKind.TenureStarted), c => Assert.Matches("^people/", c.PersonId));

        var undone = await people.JudgePeopleAsync(new JudgePeopleRequest { First = yangquan, Second = taiyuan, Verdict = Verdict.Different });
        Assert.NotEqual(undone.FirstAnswersAs, undone.SecondAnswersAs);
        var apart = (await roster.GetPersonAsync(new GetPersonRequest { Name = other })).Person;
        Assert.Equal((other, ""), (apart.PersonId, apart.RedirectedFrom));
        Assert.Single(apart.Tenures);
        Assert.Equal(2, (await people.ListPeopleAsync(new ListPeopleRequest { DisplayName = "王平" })).People.Count);
        // As recorded when the SAME was the latest word, they were one.
        var asMerged = (await roster.GetPersonAsync(new GetPersonRequest { Name = other, AsRecordedAt = mergedAt })).Person;
        Assert.Equal(survivor, asMerged.PersonId);
    }

    [Fact]
    public async Task Over_HTTP_people_are_listed_by_name_read_by_id_and_judged()
    {
        var (yangquan, taiyuan) = await TwoWangPingAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _host.AdminKey);

        using var listed = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(_host.HttpAddress, "/v1/people?displayName=%E7%8E%8B%E5%B9%B3")));
        Assert.Equal(2, listed.RootElement.GetProperty("people").GetArrayLength());

        var number = yangquan["people/".Length..];
        using var one = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(_host.HttpAddress, $"/v1/people/{number}")));
        Assert.Equal((yangquan, "阳泉市财政局"), (one.RootElement.GetProperty("personId").GetString(),
            one.RootElement.GetProperty("tenures")[0].GetProperty("organization").GetString()));

        using var judged = await http.PostAsync(new Uri(_host.HttpAddress, "/v1/people:judge"),
            new StringContent($$"""{"first": "{{yangquan}}", "second": "{{taiyuan}}", "verdict": "VERDICT_DIFFERENT"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, judged.StatusCode);
        using var review = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(_host.HttpAddress, "/v1/reviewItems")));
        Assert.False(review.RootElement.TryGetProperty("reviewItems", out var items) && items.GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("people/1", "people/1", Verdict.Same, StatusCode.InvalidArgument, "second")]
    [InlineData("people/1", "people/999", Verdict.Same, StatusCode.FailedPrecondition, "second")]
    [InlineData("people/x", "people/2", Verdict.Different, StatusCode.InvalidArgument, "first")]
    [InlineData("people/1", "people/2", Verdict.Unspecified, StatusCode.InvalidArgument, "verdict")]
    public async Task A_bad_judgement_is_refused_naming_the_field_stores_nothing_and_is_audited(string first, string second, Verdict verdict,
        StatusCode code, string field)
    {
        await TwoWangPingAsync();
        var people = new PeopleService.PeopleServiceClient(_host.Channel);
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            people.JudgePeopleAsync(new JudgePeopleRequest { First = first, Second = second, Verdict = verdict }).ResponseAsync);
        Assert.Equal(code, error.StatusCode);
        var status = error.GetRpcStatus()!;
        var fields = (status.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Select(v => v.Field) ?? [])
            .Concat(status.GetDetail<Google.Rpc.PreconditionFailure>()?.Violations.Select(v => v.Subject) ?? []);
        Assert.Contains(field, fields);
        Assert.Equal(0, _host.WithDatabase(db => db.Judgements.Count()));
        var audit = (await new AuditService.AuditServiceClient(_host.Channel).ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 100 })).Events;
        Assert.Contains(audit, e => e.Method == "roster.v1.PeopleService/JudgePeople" && e.Status != "OK" && e.Outcome == "FAILED");
    }

    [Fact]
    public async Task An_explicit_person_id_wins_and_an_id_of_another_name_is_refused()
    {
        var (yangquan, taiyuan) = await TwoWangPingAsync();
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        var order = Appointment("阳政任字〔2023〕2号", "阳泉市人民政府", "阳泉市审计局");
        order.Items[0].PersonId = taiyuan;
        var stored = await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order });
        Assert.Equal((taiyuan, "EXPLICIT_ID"), (stored.Order.Items[0].PersonId, stored.Order.Items[0].PersonReason));
        // The id names the 太原 王平: he keeps it, with both posts, and nobody is renumbered.
        var people = (await new PeopleService.PeopleServiceClient(_host.Channel).ListPeopleAsync(new ListPeopleRequest { DisplayName = "王平" })).People;
        Assert.Equal([yangquan, taiyuan], people.Select(p => p.PersonId).OrderBy(id => id == yangquan ? 0 : 1));
        Assert.Equal(["太原市财政局", "阳泉市审计局"], people.Single(p => p.PersonId == taiyuan).Tenures.Select(t => t.Organization).Order(StringComparer.Ordinal));
        Assert.Equal(["阳泉市财政局"], people.Single(p => p.PersonId == yangquan).Tenures.Select(t => t.Organization));

        var wrongName = Appointment("阳政任字〔2023〕3号", "阳泉市人民政府", "阳泉市统计局");
        wrongName.Items[0].Person = "王萍";
        wrongName.Items[0].PersonId = yangquan;
        var error = await Assert.ThrowsAsync<RpcException>(() => orders.SubmitOrderAsync(new SubmitOrderRequest { Order = wrongName }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("order.items[0].person_id", error.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>()!.Violations.Single().Subject);
        Assert.Equal(0, _host.WithDatabase(db => db.Orders.Count(o => o.DocumentNumber == "阳政任字〔2023〕3号")));
    }
}

/// <summary>The seed's 张五太 through a real server: removed from 盂县经济技术开发区管委会主任 and appointed
/// 阳泉高新技术产业园区管理服务中心主任 by 阳政任字〔2022〕3号, he is one person, linked by that document.</summary>
public sealed class SeedPersonIdentityTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Zhang_Wutai_is_one_person_linked_by_the_document_that_moved_him()
    {
        var person = Assert.Single((await new PeopleService.PeopleServiceClient(_host.Channel).ListPeopleAsync(new ListPeopleRequest { DisplayName = "张五太" })).People);
        Assert.Equal(2, person.Tenures.Count);
        Assert.All(person.Tenures, t => Assert.Equal(person.PersonId, t.PersonId));
        Assert.Contains(person.Tenures, t => t.Organization == "盂县经济技术开发区管委会" && t.EndedBy == "阳政任字〔2022〕3号");
        Assert.Contains(person.Tenures, t => t.Organization == "阳泉高新技术产业园区管理服务中心" && t.StartedBy == "阳政任字〔2022〕3号");

        var order = (await new OrderService.OrderServiceClient(_host.Channel).GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字〔2022〕3号" })).Order;
        var items = order.Items.Where(i => i.Person == "张五太").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal((person.PersonId, "LINKED_BY_DOCUMENT"), (i.PersonId, i.PersonReason)));
    }
}
