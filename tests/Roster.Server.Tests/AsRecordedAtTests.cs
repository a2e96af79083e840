using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>
/// <c>as_recorded_at</c> on the seeded server (read-only): asked as recorded after the seed import, the separate
/// as-recorded path (tenures derived in memory from the records) answers exactly what the current path answers; asked
/// before anything was recorded it answers UNKNOWN or nothing; a future moment is now. The effect of corrections on it
/// is in <see cref="CorrectionTests"/>.
/// </summary>
public sealed class AsRecordedAtTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly Timestamp BeforeAnything = Timestamp.FromDateTime(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    private static readonly Timestamp FarFuture = Timestamp.FromDateTime(new DateTime(9000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    private RosterService.RosterServiceClient Roster => new(server.Host.Channel);
    private OrderService.OrderServiceClient Orders => new(server.Host.Channel);
    private GroupService.GroupServiceClient Groups => new(server.Host.Channel);

    /// <summary>A moment after the seed import and before the call reaches the server: the as-recorded path is taken.</summary>
    private static Timestamp RecordedNow() => Timestamp.FromDateTime(DateTime.UtcNow);

    public static TheoryData<OfficeholderFact> OfficeholderFacts() => [.. SeedFacts.Current.Officeholders];

    private static ListOfficeholdersRequest Question(OfficeholderFact fact, Timestamp? asRecordedAt)
    {
        var request = new ListOfficeholdersRequest { Organization = fact.Organization, AsOf = Dates.Wire(fact.On), AsRecordedAt = asRecordedAt };
        if (fact.Title is not null) request.Title = fact.Title;
        else request.Rank = System.Enum.Parse<PostRank>(fact.Rank!, ignoreCase: true);
        return request;
    }

    [Theory]
    [MemberData(nameof(OfficeholderFacts))]
    public async Task Officeholders_as_recorded_after_the_import_equal_the_current_answer(OfficeholderFact fact)
    {
        var current = await Roster.ListOfficeholdersAsync(Question(fact, null));
        var recorded = await Roster.ListOfficeholdersAsync(Question(fact, RecordedNow()));

        Assert.Equal(current, recorded);
        Assert.NotEqual(Coverage.Unspecified, recorded.Coverage);
    }

    [Fact]
    public async Task Tenures_and_people_as_recorded_after_the_import_equal_the_current_ones()
    {
        var organizations = SeedFacts.Current.Officeholders.Select(f => f.Organization!).Distinct().ToList();
        foreach (var organization in organizations)
        {
            var current = await Roster.ListTenuresAsync(new ListTenuresRequest { Organization = organization });
            var recorded = await Roster.ListTenuresAsync(new ListTenuresRequest { Organization = organization, AsRecordedAt = RecordedNow() });
            Assert.Equal(current.Tenures.OrderBy(t => t.ToString(), StringComparer.Ordinal), recorded.Tenures.OrderBy(t => t.ToString(), StringComparer.Ordinal));
        }
        foreach (var person in SeedFacts.Current.Orders.SelectMany(o => o.Items).Select(i => i.Person).Distinct())
        {
            var current = (await Roster.GetPersonAsync(new GetPersonRequest { Name = person })).Person;
            var recorded = (await Roster.GetPersonAsync(new GetPersonRequest { Name = person, AsRecordedAt = RecordedNow() })).Person;
            Assert.Equal(current.Tenures.OrderBy(t => t.ToString(), StringComparer.Ordinal), recorded.Tenures.OrderBy(t => t.ToString(), StringComparer.Ordinal));
            Assert.NotEmpty(recorded.Tenures);
        }
    }

    [Fact]
    public async Task Group_rosters_with_resolved_seats_as_recorded_after_the_import_equal_the_current_ones()
    {
        foreach (var group in SeedFacts.Current.Groups)
        {
            var current = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = group.Name, AsOf = Dates.Wire("2022-02-01"), Resolve = true });
            var recorded = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = group.Name, AsOf = Dates.Wire("2022-02-01"), Resolve = true, AsRecordedAt = RecordedNow() });
            Assert.Equal(current, recorded);
        }
        Assert.Equal(SeedFacts.Current.Groups.Count, (await Groups.ListGroupsAsync(new ListGroupsRequest { AsRecordedAt = RecordedNow() })).Groups.Count);
    }

    [Fact]
    public async Task Before_anything_was_recorded_posts_are_unknown_and_lists_are_empty()
    {
        var head = await Roster.ListOfficeholdersAsync(new ListOfficeholdersRequest
        { Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-01-29"), AsRecordedAt = BeforeAnything });
        Assert.Equal((Coverage.Unknown, 0), (head.Coverage, head.Officeholders.Count));
        Assert.Empty((await Roster.GetPersonAsync(new GetPersonRequest { Name = "靳润喜", AsRecordedAt = BeforeAnything })).Person.Tenures);
        Assert.Empty((await Roster.ListTenuresAsync(new ListTenuresRequest { Organization = "阳泉市公安局", AsRecordedAt = BeforeAnything })).Tenures);
        Assert.Empty((await Orders.ListOrdersAsync(new ListOrdersRequest { AsRecordedAt = BeforeAnything })).Orders);
        var order = await Assert.ThrowsAsync<RpcException>(() => Orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字〔2022〕1号", AsRecordedAt = BeforeAnything }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, order.StatusCode);
        var group = SeedFacts.Current.Groups[0];
        var roster = await Groups.GetGroupRosterAsync(new GetGroupRosterRequest { Group = group.Name, AsOf = Dates.Wire(group.EffectiveOn), AsRecordedAt = BeforeAnything });
        Assert.Equal(Coverage.Unknown, roster.RosterCoverage);
        Assert.Null(roster.Roster);
        Assert.Empty((await Groups.ListGroupsAsync(new ListGroupsRequest { AsRecordedAt = BeforeAnything })).Groups);
    }

    [Fact]
    public async Task A_future_moment_answers_as_now()
    {
        var question = new ListOfficeholdersRequest { Organization = "阳泉市公安局", Rank = PostRank.Head, AsOf = Dates.Wire("2022-01-30") };
        var now = await Roster.ListOfficeholdersAsync(question);
        question.AsRecordedAt = FarFuture;

        var future = await Roster.ListOfficeholdersAsync(question);

        Assert.Equal(now, future);
        Assert.Equal("米炳生", future.Officeholders.Single().Person);
        Assert.Equal(4, (await Orders.ListOrdersAsync(new ListOrdersRequest { AsRecordedAt = FarFuture })).Orders.Count);
    }

    [Fact]
    public async Task A_timestamp_outside_the_calendar_is_invalid_argument_on_as_recorded_at()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Roster.GetPersonAsync(new GetPersonRequest
        { Name = "靳润喜", AsRecordedAt = new Timestamp { Seconds = long.MaxValue } }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("as_recorded_at", error.Status.Detail);
    }
}
