using Microsoft.EntityFrameworkCore;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Server.Security;
using Roster.Testing.Hosting;
using Role = Roster.Server.Security.Role;

namespace Roster.Server.Tests.Integrity;

/// <summary>Every write attempt is in the audit trail, with who, what, the request id and the outcome.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private AuditService.AuditServiceClient Audit => new(_host.Channel);

    private static Metadata RequestId(string id) => new() { { "x-request-id", id } };

    private async Task<IReadOnlyList<AuditEvent>> EventsAsync(string? target = null, string? actor = null) =>
        (await Audit.ListAuditEventsAsync(new ListAuditEventsRequest { Target = target ?? "", Actor = actor ?? "", PageSize = 1000 })).Events;

    [Fact]
    public async Task Judgements_and_identifiers_name_their_targets_and_a_huge_target_is_cut_to_the_column()
    {
        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var yueJiang = (await roster.GetPersonAsync(new GetPersonRequest { Name = "岳江" })).Person.PersonId;
        var miBingsheng = (await roster.GetPersonAsync(new GetPersonRequest { Name = "米炳生" })).Person.PersonId;
        var people = new PeopleService.PeopleServiceClient(_host.Channel);
        await people.JudgePeopleAsync(new JudgePeopleRequest { First = yueJiang, Second = miBingsheng, Verdict = Verdict.Different }, RequestId("req-judge"));
        await people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = yueJiang, Scheme = "wikidata", Value = "Q9990101" }, RequestId("req-identify"));
        var huge = "阳政任字〔2022〕" + new string('9', 3000) + "号";
        await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(_host.Channel)
            .SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment(huge) }, RequestId("req-huge")).ResponseAsync);

        var events = (await EventsAsync()).ToDictionary(e => e.RequestId);

        Assert.Equal($"{yueJiang} {miBingsheng} DIFFERENT", events["req-judge"].Target);
        Assert.Equal($"{yueJiang} wikidata:Q9990101", events["req-identify"].Target);
        Assert.Equal(Roster.Data.Audit.AuditLimits.TextLength, events["req-huge"].Target.Length);
        Assert.EndsWith("…", events["req-huge"].Target);
    }

    [Fact]
    public async Task A_stored_order_a_resubmission_a_refusal_and_an_invalid_order_each_leave_one_event()
    {
        var clerk = await _host.CreateKeyAsync("阳泉市人民政府", Role.Clerk);
        var outsider = await _host.CreateKeyAsync("太原市人民政府", Role.Clerk);
        var orders = new OrderService.OrderServiceClient(_host.ChannelWith(clerk));
        // Brackets as typed; the audit trail names the canonical number.
        var order = OrderBuilder.Appointment("阳政任字[2022]9号");

        Assert.False((await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order, ValidateOnly = true }, RequestId("req-check-0"))).Created);
        var call = orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }, RequestId("req-store-1"));
        Assert.True((await call).Created);
        Assert.Equal("req-store-1", (await call.ResponseHeadersAsync).GetValue("x-request-id"));
        Assert.True((await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = order }, RequestId("req-again-2"))).AlreadyRecorded);
        var denied = await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(_host.ChannelWith(outsider))
            .SubmitOrderAsync(new SubmitOrderRequest { Order = order }, RequestId("req-denied-3")).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        var invalid = OrderBuilder.Appointment("阳政任字〔2022〕9号");
        invalid.Items[0].Organization = "";
        var refused = await Assert.ThrowsAsync<RpcException>(() => orders.SubmitOrderAsync(new SubmitOrderRequest { Order = invalid }, RequestId("req-invalid-4")).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);

        var events = await EventsAsync(target: "阳政任字〔2022〕9号");
        Assert.Equal(["req-check-0", "req-store-1", "req-again-2", "req-denied-3", "req-invalid-4"], events.Select(e => e.RequestId));
        Assert.Equal(["VALIDATED", "CREATED", "ALREADY_RECORDED", "DENIED", "FAILED"], events.Select(e => e.Outcome));
        Assert.Equal(["OK", "OK", "OK", "PERMISSION_DENIED", "INVALID_ARGUMENT"], events.Select(e => e.Status));
        Assert.All(events, e => Assert.Equal("roster.v1.OrderService/SubmitOrder", e.Method));
        Assert.All(events, e => Assert.Equal("api_key", e.ActorKind));
        Assert.Equal(ApiKeySecret.PrefixOf(clerk), events[1].Actor);
        Assert.Equal("阳泉市人民政府", events[1].Office);
        Assert.Equal(ApiKeySecret.PrefixOf(outsider), events[3].Actor);
        Assert.Equal("太原市人民政府", events[3].Office);
        Assert.Equal("ISSUER_NOT_OWN_OFFICE", events[3].Reason);
        Assert.Equal("a clerk key of 太原市人民政府 cannot file orders of 阳泉市人民政府", events[3].Message);
        Assert.Equal("ORDER_INVALID", events[4].Reason);
        Assert.Equal("", events[1].Reason);
        // The log entries stay as they were.
        Assert.Single(_host.Logs.Entries, e => e.Contains("was DENIED filing 阳政任字〔2022〕9号", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_without_an_id_gets_one_and_an_unusable_id_is_replaced()
    {
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        var call = orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕22号") });
        await call;
        var generated = (await call.ResponseHeadersAsync).GetValue("x-request-id");
        Assert.Matches("^[0-9a-f]{32}$", generated);
        var hostile = orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕23号") }, RequestId("bad id; DROP"));
        await hostile;
        var replaced = (await hostile.ResponseHeadersAsync).GetValue("x-request-id");
        Assert.Matches("^[0-9a-f]{32}$", replaced);
        Assert.Equal(generated, Assert.Single(await EventsAsync(target: "阳政任字〔2022〕22号")).RequestId);
        Assert.Equal(replaced, Assert.Single(await EventsAsync(target: "阳政任字〔2022〕23号")).RequestId);
    }

    [Fact]
    public async Task A_refused_call_carries_its_request_id_back_in_the_trailers_and_is_audited_as_anonymous()
    {
        var order = OrderBuilder.Appointment("阳政任字〔2022〕24号");
        order.Source = new OrderSource { SubmittedBy = "阳泉市人民政府办公室" };
        var error = await Assert.ThrowsAsync<RpcException>(() => new OrderService.OrderServiceClient(_host.AnonymousChannel)
            .SubmitOrderAsync(new SubmitOrderRequest { Order = order }, RequestId("anon-1")).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("anon-1", error.Trailers.GetValue("x-request-id"));
        var refused = Assert.Single(await EventsAsync(target: "阳政任字〔2022〕24号"));
        Assert.Equal(("anonymous", "anonymous", "DENIED", "UNAUTHENTICATED", "CREDENTIALS_REQUIRED"),
            (refused.ActorKind, refused.Actor, refused.Outcome, refused.Status, refused.Reason));
        // Without credentials the office is the one the client says submitted it.
        Assert.Equal("阳泉市人民政府办公室", refused.Office);
    }

    [Fact]
    public async Task Key_creation_and_revocation_are_audited_without_the_secret()
    {
        var admin = new AdminService.AdminServiceClient(_host.Channel);
        var created = await admin.CreateApiKeyAsync(new CreateApiKeyRequest { Office = "阳泉市人民政府", Role = Protos.V1.Role.Clerk });
        await admin.RevokeApiKeyAsync(new RevokeApiKeyRequest { Prefix = created.Secret });
        await admin.RevokeApiKeyAsync(new RevokeApiKeyRequest { Prefix = created.Key.Prefix });

        var events = (await EventsAsync(actor: ApiKeySecret.PrefixOf(_host.AdminKey))).Where(e => e.Method.StartsWith("roster.v1.AdminService/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["CreateApiKey CREATED 阳泉市人民政府 (Clerk)", $"RevokeApiKey REVOKED {created.Key.Prefix}", $"RevokeApiKey UNCHANGED {created.Key.Prefix}"],
            events.Select(e => $"{e.Method.Split('/')[1]} {e.Outcome} {e.Target}"));
        Assert.DoesNotContain(events, e => e.Target.Contains(created.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListAuditEvents_filters_by_actor_target_and_time_and_pages_with_filter_bound_tokens()
    {
        var editor = await _host.CreateKeyAsync("阳泉市人民政府", Role.Editor);
        var orders = new OrderService.OrderServiceClient(_host.ChannelWith(editor));
        var start = DateTime.UtcNow;
        for (var n = 31; n <= 35; n++) await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment($"阳政任字〔2022〕{n}号") });
        var prefix = ApiKeySecret.PrefixOf(editor)!;

        var request = new ListAuditEventsRequest { Actor = prefix, PageSize = 2 };
        var pages = new List<List<string>>();
        while (true)
        {
            var page = await Audit.ListAuditEventsAsync(request);
            pages.Add(page.Events.Select(e => e.Target).ToList());
            if (page.NextPageToken.Length == 0) break;
            request.PageToken = page.NextPageToken;
        }
        Assert.Equal([["阳政任字〔2022〕31号", "阳政任字〔2022〕32号"], ["阳政任字〔2022〕33号", "阳政任字〔2022〕34号"], ["阳政任字〔2022〕35号"]], pages);

        // The office matches as well as the key; a time window narrows it.
        var byOffice = await EventsAsync(actor: "阳泉市人民政府");
        Assert.Equal(5, byOffice.Count(e => e.Actor == prefix));
        var before = await Audit.ListAuditEventsAsync(new ListAuditEventsRequest { Actor = prefix, OccurredBefore = Timestamp.FromDateTime(start) });
        Assert.Empty(before.Events);
        var after = await Audit.ListAuditEventsAsync(new ListAuditEventsRequest { Actor = prefix, OccurredFrom = Timestamp.FromDateTime(start) });
        Assert.Equal(5, after.Events.Count);

        var first = await Audit.ListAuditEventsAsync(new ListAuditEventsRequest { Actor = prefix, PageSize = 2 });
        var wrongFilter = await Assert.ThrowsAsync<RpcException>(() => Audit.ListAuditEventsAsync(
            new ListAuditEventsRequest { Actor = "阳泉市人民政府", PageSize = 2, PageToken = first.NextPageToken }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, wrongFilter.StatusCode);
    }

    [Fact]
    public async Task Only_admins_read_the_audit_trail()
    {
        var editor = await _host.CreateKeyAsync("阳泉市人民政府", Role.Editor);
        var error = await Assert.ThrowsAsync<RpcException>(() => new AuditService.AuditServiceClient(_host.ChannelWith(editor))
            .ListAuditEventsAsync(new ListAuditEventsRequest()).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task The_audit_trail_refuses_updates_and_deletes()
    {
        await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕41号") });
        foreach (var sql in new[] { "UPDATE audit_events SET \"Outcome\" = 'X'", "DELETE FROM audit_events", "UPDATE changes SET \"Person\" = 'X'", "DELETE FROM changes" })
        {
            var error = Assert.ThrowsAny<System.Data.Common.DbException>(() => _host.WithDatabase(db => db.Database.ExecuteSqlRaw(sql)));
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }
    }
}
