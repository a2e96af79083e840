using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Lineage;

/// <summary>
/// Organisation lineage through a real server (docs/identity.md, organisations): a made-up 2017 order appoints a head of
/// 阳泉市国土资源局, a made-up rename makes it 阳泉市规划和自然资源局 on 2019-01-25, and the new name asked about a date before
/// the rename answers with that head, saying the predecessor answered. Refused events store nothing and are audited.
/// </summary>
public sealed class OrganizationLineageTests : IAsyncLifetime
{
    private const string LandBureau = "阳泉市国土资源局";
    private const string PlanningBureau = "阳泉市规划和自然资源局";
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync(importSeed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private OrganizationService.OrganizationServiceClient Organizations => new(_host.Channel);

    private async Task AppointLandBureauHeadAsync() =>
        await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest
        {
            Order = new Order
            {
                DocumentNumber = "阳政任字〔2017〕41号",
                Issuer = "阳泉市人民政府",
                DecidedOn = Dates.Wire("2017-03-10"),
                IssuedOn = Dates.Wire("2017-03-10"),
                Items = { new OrderItem { Action = OrderAction.Appoint, Person = "李国土", Organization = LandBureau, Title = "局长" } },
            },
        });

    private static RecordLineageRequest Rename(string organization, string newName, string on) => new()
    {
        Organization = organization,
        Type = LineageEventType.Renamed,
        EffectiveDate = Dates.Wire(on),
        NewName = newName,
        Source = "阳政发〔2019〕3号",
    };

    [Fact]
    public async Task The_new_name_asked_before_the_rename_answers_the_land_bureaus_head_as_its_predecessor()
    {
        await AppointLandBureauHeadAsync();
        var recorded = (await Organizations.RecordLineageAsync(Rename(LandBureau, PlanningBureau, "2019-01-25"))).Event;
        Assert.Equal((LineageEventType.Renamed, LandBureau, PlanningBureau, "阳政发〔2019〕3号"),
            (recorded.Type, recorded.FormerName, recorded.NewName, recorded.Source));
        Assert.Matches("^organizations/[1-9][0-9]*$", recorded.OrganizationId);

        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var before = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest
            { Organization = PlanningBureau, Rank = PostRank.Head, AsOf = Dates.Wire("2018-06-01") });
        Assert.Equal(LandBureau, before.Organization);
        Assert.Equal("李国土", Assert.Single(before.Officeholders).Person);
        Assert.NotNull(before.AnsweredBy);
        Assert.Equal((LandBureau, true, LineageEventType.Renamed), (before.AnsweredBy.Organization, before.AnsweredBy.Predecessor, before.AnsweredBy.Event.Type));
        Assert.Equal(recorded.OrganizationId, before.AnsweredBy.OrganizationId);

        // After the rename the post carried over: the same head answers under the new name, with no predecessor.
        var after = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest
            { Organization = PlanningBureau, Rank = PostRank.Head, AsOf = Dates.Wire("2019-06-01") });
        Assert.Equal(PlanningBureau, after.Organization);
        Assert.Equal("李国土", Assert.Single(after.Officeholders).Person);
        Assert.Null(after.AnsweredBy);

        var lineage = await Organizations.ListLineageEventsAsync(new ListLineageEventsRequest { Organization = LandBureau });
        Assert.Equal((recorded.OrganizationId, PlanningBureau), (lineage.OrganizationId, lineage.Organization));
        Assert.Equal(LineageEventType.Renamed, Assert.Single(lineage.Events).Type);
    }

    [Fact]
    public async Task A_rename_dated_before_the_organisation_existed_is_refused_naming_the_date_stores_nothing_and_is_audited()
    {
        await AppointLandBureauHeadAsync();
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Organizations.RecordLineageAsync(Rename(LandBureau, PlanningBureau, "2016-01-25")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal(("LINEAGE_BEFORE_EXISTENCE", "effective_date"), (violation.Type, violation.Subject));
        Assert.Equal(snapshot, _host.Snapshot());
        await AssertRefusalAuditedAsync("LINEAGE_BEFORE_EXISTENCE");
    }

    [Fact]
    public async Task An_unknown_organisation_is_refused_naming_the_organisation_stores_nothing_and_is_audited()
    {
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Organizations.RecordLineageAsync(Rename("阳泉市无此局", PlanningBureau, "2019-01-25")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal(("ORGANIZATION_UNKNOWN", "organization"), (violation.Type, violation.Subject));
        Assert.Equal(snapshot, _host.Snapshot());
        await AssertRefusalAuditedAsync("ORGANIZATION_UNKNOWN");
    }

    [Fact]
    public async Task A_merge_back_into_its_own_successor_chain_is_a_cycle_refused_naming_the_related_organisation()
    {
        await AppointLandBureauHeadAsync();
        var established = new RecordLineageRequest
        {
            Organization = "阳泉市测绘局", Type = LineageEventType.Established, EffectiveDate = Dates.Wire("2010-01-01"), Source = "test",
        };
        await Organizations.RecordLineageAsync(established);
        await Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = "阳泉市测绘局", Type = LineageEventType.SplitFrom, RelatedOrganization = LandBureau, EffectiveDate = Dates.Wire("2018-01-01"), Source = "test",
        });
        var snapshot = _host.Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => Organizations.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = LandBureau, Type = LineageEventType.SplitFrom, RelatedOrganization = "阳泉市测绘局", EffectiveDate = Dates.Wire("2018-06-01"), Source = "test",
        }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal(("LINEAGE_CYCLE", "related_organization"), (violation.Type, violation.Subject));
        Assert.Equal(snapshot, _host.Snapshot());
        await AssertRefusalAuditedAsync("LINEAGE_CYCLE");
    }

    private async Task AssertRefusalAuditedAsync(string reason)
    {
        var events = (await new AuditService.AuditServiceClient(_host.Channel).ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 50 })).Events;
        var refusal = Assert.Single(events, e => e.Method == "roster.v1.OrganizationService/RecordLineage" && e.Status != "OK");
        Assert.Equal(("FAILED_PRECONDITION", reason), (refusal.Status, refusal.Reason));
    }
}
