using Google.Rpc;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>Roster and portfolio writes through a real server and SQLite file: resolution after a new order, idempotency, bad input.
/// One seeded server for the class (tests of a class run one at a time); each test writes data no other test reads.</summary>
public sealed class SubmitRosterTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string Blackout = "阳泉市大面积停电事件应急指挥部";
    private RosterServerHost Host => server.Host;
    private GroupService.GroupServiceClient Groups => new(Host.Channel);
    private OrderService.OrderServiceClient Orders => new(Host.Channel);
    private RosterService.RosterServiceClient Roster => new(Host.Channel);


    [Fact]
    public async Task After_an_energy_bureau_head_is_appointed_from_2022_03_01_the_blackout_office_director_resolves_to_them_from_that_date()
    {
        await Orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment() });

        var on0301 = await OfficeDirectorAsync("2022-03-01");
        var on0201 = await OfficeDirectorAsync("2022-02-01");

        Assert.Equal(Coverage.Held, on0301.Coverage);
        Assert.Equal(("王建国", "2022-03-01", "阳泉市能源局"), (on0301.Holders[0].Person, Dates.Iso(on0301.Holders[0].StartOn), on0301.Holders[0].Organization));
        Assert.Equal(Coverage.Unknown, on0201.Coverage);
        Assert.Empty(on0201.Holders);
    }

    [Fact]
    public async Task A_portfolio_resolves_the_commander_who_is_the_vice_mayor_in_charge_of_energy()
    {
        await Groups.SetPortfolioAsync(new SetPortfolioRequest
        {
            Portfolio = new Portfolio { Person = "李四", Areas = { "能源", "工业" }, FromOn = Dates.Wire("2022-01-01"), Source = "市政府分工" },
        });

        var answer = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = Blackout, AsOf = Dates.Wire("2022-02-01"), Resolve = true });

        var commander = Assert.Single(answer.Roster.Seats, s => s.Role == "指挥长");
        Assert.Equal(Coverage.Held, commander.Resolution.Coverage);
        Assert.Equal(("李四", "阳泉市人民政府", "副市长"), (commander.Resolution.Holders[0].Person, commander.Resolution.Holders[0].Organization, commander.Resolution.Holders[0].Title));
    }

    [Fact]
    public async Task A_submitted_roster_replaces_the_previous_version_from_its_date_and_resubmitting_it_changes_nothing()
    {
        var adjusted = Roster2022(("组长", "郭建文", "常务副市长"), ("成员", "王五", "市能源局局长"));
        var created = await Groups.SubmitRosterAsync(new SubmitRosterRequest { Roster = adjusted });
        var snapshot = Host.Snapshot();
        var again = await Groups.SubmitRosterAsync(new SubmitRosterRequest { Roster = adjusted });

        Assert.True(created.Created);
        Assert.Equal(1, created.Attestations);
        Assert.False(again.Created);
        Assert.Equal(snapshot, Host.Snapshot());
        var before = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = "阳泉市保护国家通信光缆安全领导小组", AsOf = Dates.Wire("2022-05-31") });
        var after = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = "阳泉市保护国家通信光缆安全领导小组", AsOf = Dates.Wire("2022-06-01") });
        Assert.Equal((26, 2), (before.Roster.Seats.Count, after.Roster.Seats.Count));
        var head = await Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest { Organization = "阳泉市能源局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-06-01") });
        var attested = Assert.Single(head.Officeholders, h => h.Person == "王五");
        Assert.Equal((false, "2022-06-01", "阳政办函〔2022〕99号"), (attested.StartKnown, Dates.Iso(attested.KnownSince), attested.AttestedBy));
    }

    [Fact]
    public async Task A_different_roster_under_a_stored_source_is_already_exists_and_stores_nothing()
    {
        var snapshot = Host.Snapshot();
        var clash = new GroupRoster
        {
            Group = "阳泉市保护国家通信光缆安全领导小组", SourceDocument = "阳政办函〔2022〕26号", Issuer = "阳泉市人民政府办公室",
            EffectiveOn = Dates.Wire("2022-02-15"), Seats = { new Seat { Role = "组长", Person = "郭建文", TitleText = "常务副市长" } },
        };

        var error = await Assert.ThrowsAsync<RpcException>(() => Groups.SubmitRosterAsync(new SubmitRosterRequest { Roster = clash }).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("ROSTER_SOURCE_TAKEN", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(snapshot, Host.Snapshot());
    }

    [Fact]
    public async Task An_unknown_role_and_a_seat_with_no_holder_are_invalid_argument_naming_each_seat_and_store_nothing()
    {
        var snapshot = Host.Snapshot();
        var bad = Roster2022(("组员", "王五", "市能源局局长"), ("成员", "", ""));

        var error = await Assert.ThrowsAsync<RpcException>(() => Groups.SubmitRosterAsync(new SubmitRosterRequest { Roster = bad }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var status = error.GetRpcStatus()!;
        Assert.Equal("ROSTER_INVALID", status.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(["roster.seats[0].role", "roster.seats[1]"], status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(snapshot, Host.Snapshot());
    }

    [Fact]
    public async Task A_roster_of_an_organisation_that_is_not_a_group_is_invalid_argument()
    {
        var bad = Roster2022(("组长", "郭建文", "常务副市长"));
        bad.Group = "市能源局";
        var error = await Assert.ThrowsAsync<RpcException>(() => Groups.SubmitRosterAsync(new SubmitRosterRequest { Roster = bad }).ResponseAsync);
        Assert.Equal(["roster.group"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task An_unknown_group_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = "阳泉市不存在领导小组" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    private async Task<SeatResolution> OfficeDirectorAsync(string on)
    {
        var answer = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = Blackout, AsOf = Dates.Wire(on), Resolve = true });
        return Assert.Single(answer.Roster.Seats, s => s.Role == "办公室主任").Resolution;
    }

    private static GroupRoster Roster2022(params (string Role, string Person, string Title)[] seats)
    {
        var roster = new GroupRoster
        {
            Group = "市保护国家通信光缆安全领导小组", SourceDocument = "阳政办函〔2022〕99号", Issuer = "阳泉市人民政府办公室",
            EffectiveOn = Dates.Wire("2022-06-01"),
        };
        roster.Seats.AddRange(seats.Select(s => new Seat { Role = s.Role, Person = s.Person, TitleText = s.Title }));
        return roster;
    }
}
