using Roster.Data;
using Roster.Protos.V1;
using Roster.Server.Tests;
using Roster.Testing.Hosting;

namespace Roster.Server.Postgres.Tests;

/// <summary>
/// Two server processes' worth of hosts (two <see cref="RosterServerHost"/>s, each with its own DI container,
/// connection pool and Kestrel) on one PostgreSQL database: write transactions serialise across them
/// (<c>WriteTransaction</c>, one advisory lock), so no order is stored twice and no post's tenures are derived
/// from a stale read.
/// </summary>
public sealed class ReplicaTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private RosterServerHost _first = null!;
    private RosterServerHost _second = null!;

    /// <summary>Both replicas start together on an empty database: the migrations run once and the seed is recorded once.</summary>
    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresSkipReason is not null) return;
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var starting = new[] { RosterServerHost.StartOnAsync(_database), RosterServerHost.StartOnAsync(_database) };
        await Task.WhenAll(starting);
        (_first, _second) = (starting[0].Result, starting[1].Result);
    }

    public async Task DisposeAsync()
    {
        if (_database is null) return;
        if (_first is not null) await _first.DisposeAsync();
        if (_second is not null) await _second.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_same_order_sent_to_both_replicas_at_once_is_stored_once_and_both_callers_get_it_back()
    {
        var first = new OrderService.OrderServiceClient(_first.Channel);
        var second = new OrderService.OrderServiceClient(_second.Channel);
        for (var round = 0; round < 8; round++)
        {
            var order = OrderBuilder.Appointment($"阳政任字〔2022〕{200 + round}号", "王建国", "2022-03-01");
            var request = new SubmitOrderRequest { Order = order };
            var replies = await Task.WhenAll(first.SubmitOrderAsync(request).ResponseAsync, second.SubmitOrderAsync(request).ResponseAsync);

            Assert.Single(replies, r => r.Created && !r.AlreadyRecorded);
            Assert.Single(replies, r => !r.Created && r.AlreadyRecorded);
            Assert.Equal(replies[0].Order, replies[1].Order);
            Assert.Equal("阳泉市能源局", replies[0].Order.Items.Single().Organization);
        }

        var listed = await first.ListOrdersAsync(new ListOrdersRequest { Person = "王建国", PageSize = 100 });
        Assert.Equal(Enumerable.Range(200, 8).Select(n => $"阳政任字〔2022〕{n}号").Order(StringComparer.Ordinal),
            listed.Orders.Select(o => o.DocumentNumber).Order(StringComparer.Ordinal));
    }

    private static readonly string[] Heads = ["王建国", "李建国", "张建国", "刘建国", "陈建国", "杨建国", "赵建国", "黄建国", "周建国", "吴建国", "徐建国", "孙建国"];

    /// <summary>Order k appoints Heads[k] 阳泉市水务局局长 on the first of month k and removes Heads[k-1].</summary>
    private static Order Succession(int k)
    {
        var decided = new DateOnly(2022, 3, 1).AddMonths(k).ToString("yyyy-MM-dd");
        var order = new Order
        {
            DocumentNumber = $"阳政任字〔2022〕{300 + k}号",
            Issuer = "阳泉市人民政府",
            DecisionBody = "阳泉市人民政府常务会议",
            DecidedOn = Dates.Wire(decided),
            IssuedOn = Dates.Wire(decided),
            Items = { new OrderItem { Action = OrderAction.Appoint, Person = Heads[k], Organization = "市水务局", Title = "局长" } },
        };
        if (k > 0) order.Items.Add(new OrderItem { Action = OrderAction.Remove, Person = Heads[k - 1], Organization = "市水务局", Title = "局长" });
        return order;
    }

    [Fact]
    public async Task Concurrent_orders_on_one_post_through_both_replicas_store_the_arrival_independent_tenures()
    {
        var clients = new[] { new OrderService.OrderServiceClient(_first.Channel), new OrderService.OrderServiceClient(_second.Channel) };
        // All twelve at once, latest first, alternating replicas: most arrive before the orders they follow.
        var sent = Enumerable.Range(0, Heads.Length).Reverse()
            .Select(k => clients[k % 2].SubmitOrderAsync(new SubmitOrderRequest { Order = Succession(k) }).ResponseAsync);
        var replies = await Task.WhenAll(sent);
        Assert.All(replies, r => Assert.True(r.Created));

        foreach (var host in new[] { _first, _second })
        {
            var tenures = (await new RosterService.RosterServiceClient(host.Channel)
                .ListTenuresAsync(new ListTenuresRequest { Organization = "阳泉市水务局", PageSize = 100 })).Tenures
                .OrderBy(t => Dates.Iso(t.StartOn), StringComparer.Ordinal).ToList();
            // The derivation from all twelve orders, whatever their arrival: one tenure each, each ended by the next order.
            Assert.Equal(Heads, tenures.Select(t => t.Person));
            for (var k = 0; k < Heads.Length; k++)
            {
                Assert.Equal(new DateOnly(2022, 3, 1).AddMonths(k).ToString("yyyy-MM-dd"), Dates.Iso(tenures[k].StartOn));
                Assert.Equal($"阳政任字〔2022〕{300 + k}号", tenures[k].StartedBy);
                Assert.Equal(k + 1 < Heads.Length ? $"阳政任字〔2022〕{301 + k}号" : "", tenures[k].EndedBy);
            }
        }
    }
}
