using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Server.Security;
using Roster.Testing.Hosting;
using Role = Roster.Server.Security.Role;

namespace Roster.Server.Tests.Lineage;

/// <summary>
/// RecordLineage across jurisdictions through a real server (docs/identity.md, organisations): a clerk records lineage only of its
/// own jurisdiction's organisations, and names the event gives are read in its issuer's jurisdiction as an order's are. On
/// made-up records of 阳泉市公安局 and its 国内安全保卫支队, whose heads 米炳生 and 岳江 a 阳泉 order appointed.
/// </summary>
public sealed class LineageAcrossOfficesTests : IAsyncLifetime
{
    private const string Police = "阳泉市公安局", Security = "阳泉市公安局国内安全保卫支队";
    private RosterServerHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RosterServerHost.StartAsync(importSeed: false);
        await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest
        {
            Order = new Order
            {
                DocumentNumber = "阳政任字〔2022〕1号", Issuer = "阳泉市人民政府", DecidedOn = Dates.Wire("2022-01-12"), IssuedOn = Dates.Wire("2022-01-12"),
                Items =
                {
                    new OrderItem { Action = OrderAction.Appoint, Person = "米炳生", Organization = "市公安局", Title = "局长" },
                    new OrderItem { Action = OrderAction.Appoint, Person = "岳江", Organization = "市公安局国内安全保卫支队", Title = "支队长" },
                },
            },
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<OrganizationService.OrganizationServiceClient> ClerkAsync(string office, Role role = Role.Clerk) =>
        new(_host.ChannelWith(await _host.CreateKeyAsync(office, role)));

    private static RecordLineageRequest Rename(string organization, string newName, string? issuer = null)
    {
        var request = new RecordLineageRequest { Organization = organization, Type = LineageEventType.Renamed, EffectiveDate = Dates.Wire("2024-01-01"), NewName = newName };
        if (issuer is not null) request.Issuer = issuer;
        return request;
    }

    private List<string> OrganizationNames() => _host.WithDatabase(db => db.Organizations.OrderBy(o => o.Id).Select(o => o.Name).ToList());

    [Theory]
    [InlineData(Police, "阳泉市公安总局", "organization")]
    [InlineData("市公安局", "阳泉市公安总局", "organization")]
    [InlineData(Police, "太原市公安总局", "organization")]
    public async Task A_Taiyuan_clerk_renaming_a_Yangquan_organisation_is_denied_naming_the_field_audited_and_nothing_stored(
        string organization, string newName, string field)
    {
        var clerk = await ClerkAsync("太原市人民政府");
        var snapshot = _host.Snapshot();

        var denied = await Assert.ThrowsAsync<RpcException>(() => clerk.RecordLineageAsync(Rename(organization, newName)).ResponseAsync);

        Assert.Equal(snapshot, _host.Snapshot());
        Assert.Equal([Police, Security], OrganizationNames());
        if (organization == Police)
        {
            Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
            var info = denied.GetRpcStatus()!.GetDetail<ErrorInfo>();
            Assert.Equal(("LINEAGE_OF_ANOTHER_OFFICE", field), (info.Reason, info.Metadata["field"]));
            Assert.StartsWith($"{field}: a clerk key of 太原市人民政府 records lineage only of organisations of 太原市", denied.Status.Detail, StringComparison.Ordinal);
        }
        else
        {
            // "市公安局" from a 太原 key is read in 太原, never as 阳泉市公安局: refused either as not found or as not 太原's.
            Assert.Contains(denied.StatusCode, new[] { StatusCode.PermissionDenied, StatusCode.NotFound, StatusCode.FailedPrecondition, StatusCode.InvalidArgument });
            Assert.DoesNotContain(Police, denied.Status.Detail, StringComparison.Ordinal);
        }
        var audited = _host.WithDatabase(db => db.AuditEvents.Where(e => e.Method == "roster.v1.OrganizationService/RecordLineage")
            .Select(e => new { e.Outcome, e.Office }).ToList());
        Assert.Equal(("DENIED", "太原市人民政府"), (audited.Single().Outcome, audited.Single().Office));
    }

    [Fact]
    public async Task A_Yangquan_clerk_may_not_rename_its_organisation_into_another_city_nor_merge_it_into_one()
    {
        var clerk = await ClerkAsync("阳泉市人民政府");
        var snapshot = _host.Snapshot();

        var renamed = await Assert.ThrowsAsync<RpcException>(() => clerk.RecordLineageAsync(Rename(Security, "太原市公安局国保支队")).ResponseAsync);
        var merged = await Assert.ThrowsAsync<RpcException>(() => clerk.RecordLineageAsync(new RecordLineageRequest
        {
            Organization = Security, Type = LineageEventType.MergedInto, EffectiveDate = Dates.Wire("2024-01-01"), RelatedOrganization = "太原市公安局",
        }).ResponseAsync);

        Assert.Equal("new_name", renamed.GetRpcStatus()!.GetDetail<ErrorInfo>().Metadata["field"]);
        Assert.Equal("related_organization", merged.GetRpcStatus()!.GetDetail<ErrorInfo>().Metadata["field"]);
        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (renamed.StatusCode, merged.StatusCode));
        Assert.Equal(snapshot, _host.Snapshot());
    }

    [Fact]
    public async Task A_bare_new_name_is_stored_in_the_issuers_city_so_orders_naming_it_find_the_renamed_record()
    {
        var clerk = await ClerkAsync("阳泉市人民政府");

        var recorded = (await clerk.RecordLineageAsync(Rename("市公安局国内安全保卫支队", "市公安局国保支队"))).Event;

        Assert.Equal((Security, "阳泉市公安局国保支队"), (recorded.FormerName, recorded.NewName));
        var roster = new RosterService.RosterServiceClient(_host.Channel);
        var held = await roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市公安局国保支队", Title = "支队长", AsOf = Dates.Wire("2024-06-01") });
        Assert.Equal(("阳泉市公安局国保支队", "岳江"), (held.Organization, held.Officeholders.Single().Person));
        // A later 阳泉 order naming the new body by its bare name is about the same record.
        var order = await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest
        {
            ValidateOnly = true,
            Order = new Order
            {
                DocumentNumber = "阳政任字〔2024〕3号", Issuer = "阳泉市人民政府", DecidedOn = Dates.Wire("2024-03-01"),
                Items = { new OrderItem { Action = OrderAction.Appoint, Person = "王建国", Organization = "市公安局国保支队", Title = "副支队长" } },
            },
        });
        Assert.Equal("阳泉市公安局国保支队", order.Order.Items.Single().Organization);
        Assert.Equal(["阳泉市公安局", "阳泉市公安局国保支队"], OrganizationNames());
    }

    [Fact]
    public async Task An_editor_of_another_city_may_rename_a_Yangquan_organisation()
    {
        var editor = await ClerkAsync("太原市人民政府", Role.Editor);

        var recorded = (await editor.RecordLineageAsync(Rename(Police, "阳泉市公安总局", issuer: "阳泉市人民政府"))).Event;

        Assert.Equal((Police, "阳泉市公安总局"), (recorded.FormerName, recorded.NewName));
    }
}
