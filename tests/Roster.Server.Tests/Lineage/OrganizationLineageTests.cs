using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Lineage;

/// <summary>
/// Organisation lineage through a real server (docs/identity.md, organisations), on made-up events: 阳泉市国土资源局, whose head
/// 李明 was appointed by a made-up order of 2017-03-01, renamed 阳泉市规划和自然资源局 on 2019-01-25. The new name asked
/// about before the rename answers with the land bureau's head and says the predecessor answered; refused events store
/// nothing and are audited.
/// </summary>
public sealed class OrganizationLineageTests : IAsyncLifetime
{
    private const string Land = "阳泉市国土资源局", Planning = "阳泉市规划和自然资源局";
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync(importSeed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Order Appointment(string document, string date, string person, string organization) => new()
    {
        DocumentNumber = document,
        Issuer = "阳泉市人民政府",
        DecidedOn = Dates.Wire(date),
        IssuedOn = Dates.Wire(date),
        Items = { new OrderItem { Action = OrderAction.Appoint, Person = person, Organization = organization, Title = "局长" } },
    };

    private OrganizationService.OrganizationServiceClient Organizations => new(_host.Channel);

    private async Task<RecordLineageResponse> RenameAsync()
    {
        await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2017〕5号", "2017-03-01", "李明", Land) });
        return await Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = Land, Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2019-01-25"), NewName = Planning,
            Source = "阳政发〔2019〕3号", Issuer = "阳泉市人民政府",
        });
    }

    [Fact]
    public async Task Appointing_under_the_new_name_and_removing_under_the_former_one_in_one_order_is_refused_as_an_empty_tenure()
    {
        await RenameAsync();
        var order = Appointment("阳政任字〔2022〕51号", "2022-07-01", "钱七", Planning);
        order.Items.Add(new OrderItem { Action = OrderAction.Remove, Person = "钱七", Organization = Land, Title = "局长" });
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = order }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single();
        Assert.Equal("order.items[1]", violation.Field);
        Assert.Equal($"items[0] appoints 钱七 as {Planning}局长 and items[1] removes them from it on the order's one effective date: " +
            "the tenure would be empty; give the removal its own order", violation.Description);
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task The_new_name_before_the_rename_answers_with_the_land_bureaus_head_and_says_the_predecessor_answered()
    {
        var recorded = (await RenameAsync()).Event;
        Assert.Matches("^organizations/[1-9][0-9]*$", recorded.OrganizationId);
        Assert.Equal((Planning, Land, Planning, "阳政发〔2019〕3号"), (recorded.Organization, recorded.FormerName, recorded.NewName, recorded.Source));

        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var before = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Planning, Rank = PostRank.Head, AsOf = Dates.Wire("2018-06-01") });
        Assert.Equal((Land, Coverage.Held, "李明"), (before.Organization, before.Coverage, before.Officeholders.Single().Person));
        Assert.Equal(Land, before.Officeholders.Single().Organization);
        Assert.Equal((Land, true, recorded.OrganizationId), (before.AnsweredBy.Organization, before.AnsweredBy.Predecessor, before.AnsweredBy.OrganizationId));
        Assert.Equal((LineageEventType.Renamed, "2019-01-25"), (before.AnsweredBy.Event.Type, Dates.Iso(before.AnsweredBy.Event.EffectiveDate)));

        // The rename carries the post over: one continuous tenure, held under the new name after the date.
        var after = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Planning, Rank = PostRank.Head, AsOf = Dates.Wire("2020-01-01") });
        Assert.Equal((Planning, "李明", "2017-03-01"), (after.Organization, after.Officeholders.Single().Person, Dates.Iso(after.Officeholders.Single().StartOn)));
        Assert.Null(after.AnsweredBy);
        // The former name still answers, for its own time directly and later through its successor.
        var then = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Land, Rank = PostRank.Head, AsOf = Dates.Wire("2018-06-01") });
        Assert.Equal((Land, "李明"), (then.Organization, then.Officeholders.Single().Person));
        Assert.Null(then.AnsweredBy);
        var now = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Land, Rank = PostRank.Head, AsOf = Dates.Wire("2020-01-01") });
        Assert.Equal((Planning, false), (now.Organization, now.AnsweredBy.Predecessor));

        var lineage = await Organizations.ListLineageEventsAsync(new ListLineageEventsRequest { Organization = Land });
        Assert.Equal((recorded.OrganizationId, Planning), (lineage.OrganizationId, lineage.Organization));
        Assert.Equal(LineageEventType.Renamed, lineage.Events.Single().Type);
    }

    [Fact]
    public async Task A_late_order_naming_the_land_bureau_after_the_rename_is_about_the_renamed_bureau()
    {
        await RenameAsync();
        var late = Appointment("阳政任字〔2018〕9号", "2018-08-01", "张华", Land);
        late.Items.Insert(0, new OrderItem { Action = OrderAction.Remove, Person = "李明", Organization = Land, Title = "局长" });

        var submitted = await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = late });

        // Stored on the one record that bore the name, so every question by either name sees it.
        Assert.Equal([Planning, Planning], submitted.Order.Items.Select(i => i.Organization));
        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var then = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Land, Rank = PostRank.Head, AsOf = Dates.Wire("2018-09-01") });
        Assert.Equal((Land, "张华", "2018-08-01"), (then.Organization, then.Officeholders.Single().Person, Dates.Iso(then.Officeholders.Single().StartOn)));
        var now = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Planning, Rank = PostRank.Head, AsOf = Dates.Wire("2020-01-01") });
        Assert.Equal("张华", now.Officeholders.Single().Person);
        var lineage = await Organizations.ListLineageEventsAsync(new ListLineageEventsRequest { Organization = Land });
        Assert.Equal(Planning, lineage.Organization);

        // The same order again is the same order, not a conflict with what it was stored as.
        var again = await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = late });
        Assert.Equal((false, true), (again.Created, again.AlreadyRecorded));
    }

    [Fact]
    public async Task The_former_name_lists_the_renamed_bureaus_tenures_now_and_as_recorded()
    {
        await RenameAsync();
        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var now = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddSeconds(1));

        var tenures = await roster.ListTenuresAsync(new ListTenuresRequest { Organization = Land });
        var recorded = await roster.ListTenuresAsync(new ListTenuresRequest { Organization = Land, AsRecordedAt = now });
        var then = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest
        {
            Organization = Land, Rank = PostRank.Head, AsOf = Dates.Wire("2018-06-01"), AsRecordedAt = now,
        });

        Assert.Equal(("李明", "2017-03-01"), (tenures.Tenures.Single().Person, Dates.Iso(tenures.Tenures.Single().StartOn)));
        Assert.Equal("李明", recorded.Tenures.Single().Person);
        Assert.Equal((Coverage.Held, "李明"), (then.Coverage, then.Officeholders.Single().Person));
    }

    [Fact]
    public async Task A_rename_onto_a_name_recorded_only_after_the_rename_continues_into_that_record()
    {
        // Both names already have records: the land bureau's head from 2017, the planning bureau's own head from 2019-03-01.
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2017〕5号", "2017-03-01", "李明", Land) });
        await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2019〕9号", "2019-03-01", "赵刚", Planning) });
        var recorded = (await Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = Land, Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2019-01-25"), NewName = Planning,
            Source = "阳政发〔2019〕3号", Issuer = "阳泉市人民政府",
        })).Event;
        Assert.Equal((Land, Land, Planning, Planning), (recorded.Organization, recorded.FormerName, recorded.NewName, recorded.RelatedOrganization));
        Assert.Matches("^organizations/[1-9][0-9]*$", recorded.RelatedOrganizationId);

        var roster = new RosterService.RosterServiceClient(_host.Channel);
        async Task<ListOfficeholdersResponse> Heads(string organization, string on) => await roster.ListOfficeholdersAsync(
            new ListOfficeholdersRequest { Organization = organization, Rank = PostRank.Head, AsOf = Dates.Wire(on) });
        var before = await Heads(Planning, "2018-06-01");
        Assert.Equal((Land, "李明", true), (before.Organization, before.Officeholders.Single().Person, before.AnsweredBy.Predecessor));
        var after = await Heads(Planning, "2020-01-01");
        Assert.Equal((Planning, "赵刚", recorded.RelatedOrganizationId), (after.Organization, after.Officeholders.Single().Person, after.OrganizationId));
        Assert.Null(after.AnsweredBy);
        var carried = await Heads(Land, "2020-01-01");
        Assert.Equal((Planning, "赵刚", false), (carried.Organization, carried.Officeholders.Single().Person, carried.AnsweredBy.Predecessor));

        // Asked by the former name, the lineage is the record that carries the bureau on, with the rename into it.
        var lineage = await Organizations.ListLineageEventsAsync(new ListLineageEventsRequest { Organization = Land });
        Assert.Equal((recorded.RelatedOrganizationId, Planning), (lineage.OrganizationId, lineage.Organization));
    }

    [Fact]
    public async Task A_rename_onto_a_name_with_records_before_the_rename_is_refused_naming_new_name()
    {
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2017〕5号", "2017-03-01", "李明", Land) });
        await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2018〕9号", "2018-03-01", "赵刚", Planning) });
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = Land, Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2019-01-25"), NewName = Planning,
            Source = "阳政发〔2019〕3号", Issuer = "阳泉市人民政府",
        }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, refused.StatusCode);
        var detail = refused.GetRpcStatus()!;
        Assert.Equal("ORGANIZATION_NAME_TAKEN", detail.GetDetail<Google.Rpc.ErrorInfo>().Reason);
        Assert.Equal("new_name", detail.GetDetail<Google.Rpc.PreconditionFailure>().Violations.Single().Subject);
        Assert.Contains("2018-03-01", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await Organizations.ListLineageEventsAsync(new ListLineageEventsRequest { Organization = Land })).Events);
    }

    [Fact]
    public async Task A_merge_ends_the_merged_organisations_posts_on_its_date()
    {
        await RenameAsync();
        await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2018〕2号", "2018-02-01", "赵亮", "阳泉市测绘局") });
        await Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = "阳泉市测绘局", Type = LineageEventType.MergedInto, EffectiveDate = Dates.Wire("2019-03-01"),
            RelatedOrganization = Planning, Source = "阳政发〔2019〕4号",
        });
        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var held = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市测绘局", Rank = PostRank.Head, AsOf = Dates.Wire("2019-02-28") });
        Assert.Equal("赵亮", held.Officeholders.Single().Person);
        var ended = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市测绘局", Rank = PostRank.Head, AsOf = Dates.Wire("2019-03-01") });
        Assert.Empty(ended.Officeholders);
        Assert.NotEqual(Coverage.Held, ended.Coverage);
        // The successor's posts are its own.
        var successor = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = Planning, Rank = PostRank.Head, AsOf = Dates.Wire("2019-06-01") });
        Assert.Equal("李明", successor.Officeholders.Single().Person);
    }

    [Fact]
    public async Task A_cycle_a_rename_before_the_organisation_existed_and_an_unknown_organisation_are_refused_store_nothing_and_are_audited()
    {
        await RenameAsync();
        await Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = "阳泉市测绘局", Type = LineageEventType.Established, EffectiveDate = Dates.Wire("2010-01-01"), Source = "阳政发〔2010〕1号",
        });
        await Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = "阳泉市测绘局", Type = LineageEventType.SplitFrom, EffectiveDate = Dates.Wire("2019-06-01"),
            RelatedOrganization = Planning, Source = "阳政发〔2019〕9号",
        });
        var snapshot = _host.Snapshot();
        var refusals = new (RecordLineageRequest Request, StatusCode Status, string Reason, string Field)[]
        {
            (new() { Organization = Planning, Type = LineageEventType.SplitFrom, EffectiveDate = Dates.Wire("2020-01-01"), RelatedOrganization = "阳泉市测绘局", Source = "x1" },
                StatusCode.FailedPrecondition, "LINEAGE_CYCLE", "related_organization"),
            (new() { Organization = Planning, Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2016-01-01"), NewName = "阳泉市自然资源局", Source = "x2" },
                StatusCode.FailedPrecondition, "LINEAGE_BEFORE_EXISTENCE", "effective_date"),
            (new() { Organization = "阳泉市不存在局", Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2020-01-01"), NewName = "阳泉市新局", Source = "x3" },
                StatusCode.FailedPrecondition, "ORGANIZATION_UNKNOWN", "organization"),
            (new() { Organization = Planning, Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2020-01-01"), Source = "x4" },
                StatusCode.InvalidArgument, "LINEAGE_INVALID", "new_name"),
        };
        foreach (var (request, status, reason, field) in refusals)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => Organizations.RecordLineageAsync(request).ResponseAsync);
            Assert.Equal(status, error.StatusCode);
            var detail = error.GetRpcStatus()!;
            Assert.Equal(reason, detail.GetDetail<Google.Rpc.ErrorInfo>().Reason);
            var fields = status == StatusCode.InvalidArgument
                ? detail.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field)
                : detail.GetDetail<Google.Rpc.PreconditionFailure>().Violations.Select(v => v.Subject);
            Assert.Contains(field, fields);
        }
        Assert.Equal(snapshot, _host.Snapshot());
        var audited = _host.WithDatabase(db => db.AuditEvents.Where(e => e.Method == "roster.v1.OrganizationService/RecordLineage").Select(e => e.Reason).ToList());
        Assert.Equal(["LINEAGE_CYCLE", "LINEAGE_BEFORE_EXISTENCE", "ORGANIZATION_UNKNOWN", "LINEAGE_INVALID"], audited.Where(r => r is not null && r != "").ToList());
    }

    [Fact]
    public async Task A_clerk_records_only_its_own_offices_lineage()
    {
        await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment("阳政任字〔2017〕5号", "2017-03-01", "李明", Land) });
        var clerk = new OrganizationService.OrganizationServiceClient(_host.ChannelWith(await _host.CreateKeyAsync("太原市人民政府", Roster.Server.Security.Role.Clerk)));
        var error = await Assert.ThrowsAsync<RpcException>(() => clerk.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = Land, Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2019-01-25"), NewName = Planning, Issuer = "阳泉市人民政府",
        }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }
}
