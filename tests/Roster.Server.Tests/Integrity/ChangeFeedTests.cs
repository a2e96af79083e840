using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Integrity;

/// <summary>The change feed streams every tenure and roster change once, in commit order, live.</summary>
public sealed class ChangeFeedTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ChangeService.ChangeServiceClient Feed => new(_host.Channel);

    /// <summary>One bureau per client, so each post gathers 25 deputies.</summary>
    private static readonly string[] Bureaus = ["市能源局", "市财政局", "市教育局", "市民政局", "市体育局", "市交通运输局", "市生态环境局", "市商务局"];

    private static string BureauOf(int n) => Bureaus[(n - 1) / 25];

    private static Order Appointment(int n, string person) => new()
    {
        DocumentNumber = $"阳政任字〔2024〕{n}号",
        Issuer = "阳泉市人民政府",
        DecidedOn = Dates.Wire(new DateOnly(2024, 1, 1).AddDays(n).ToString("yyyy-MM-dd")),
        IssuedOn = Dates.Wire(new DateOnly(2024, 1, 1).AddDays(n).ToString("yyyy-MM-dd")),
        Items = { new OrderItem { Action = OrderAction.Appoint, Person = person, Organization = BureauOf(n), Title = "副局长" } },
    };

    /// <summary>200 distinct two-character names: 8 surnames (one per client) × 25 given names.</summary>
    private static string PersonOf(int n) => $"{"王李张刘陈杨赵黄"[(n - 1) / 25]}{"一二三四五六七八九十甲乙丙丁戊己庚辛壬癸春夏秋冬梅"[(n - 1) % 25]}";

    /// <summary>Reads the stream until <paramref name="stop"/> says so; returns what was read.</summary>
    private static async Task<List<Change>> ReadAsync(ChangeService.ChangeServiceClient feed, WatchChangesRequest request, Func<Change, bool> stop, TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        using var call = feed.WatchChanges(request, cancellationToken: cancel.Token);
        var read = new List<Change>();
        await foreach (var change in call.ResponseStream.ReadAllAsync(cancel.Token).Select(r => r.Change))
        {
            read.Add(change);
            if (stop(change)) break;
        }
        return read;
    }

    [Fact]
    public async Task Two_hundred_orders_from_eight_clients_reach_a_watcher_killed_half_way_and_resumed_exactly_once_in_commit_order()
    {
        var start = _host.LastCursor();
        var seen = new ConcurrentQueue<Change>();
        using var kill = new CancellationTokenSource();
        var firstWatcher = Task.Run(async () =>
        {
            using var call = Feed.WatchChanges(new WatchChangesRequest { SinceCursor = start }, cancellationToken: kill.Token);
            try
            {
                await foreach (var change in call.ResponseStream.ReadAllAsync(kill.Token).Select(r => r.Change))
                {
                    seen.Enqueue(change);
                    if (seen.Count(c => c.Kind == ChangeKind.TenureStarted) == 100) await kill.CancelAsync();
                }
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled)
            {
            }
            catch (OperationCanceledException)
            {
            }
        });
        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            var orders = new OrderService.OrderServiceClient(_host.Channel);
            for (var n = c * 25 + 1; n <= c * 25 + 25; n++)
                Assert.True((await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Appointment(n, PersonOf(n)) })).Created);
        })).ToList();
        await Task.WhenAll(clients);
        await firstWatcher;
        var firstPart = seen.ToList();
        Assert.True(firstPart.Count >= 100, $"the first watcher saw {firstPart.Count} changes");
        Assert.True(firstPart.Count(c => c.Kind == ChangeKind.TenureStarted) == 100, "the first watcher was killed after 100 starts");

        var last = _host.LastCursor();
        var resumed = await ReadAsync(Feed, new WatchChangesRequest { SinceCursor = firstPart[^1].Cursor }, c => c.Cursor == last, TimeSpan.FromMinutes(2));
        var all = firstPart.Concat(resumed).ToList();

        var cursors = all.Select(c => c.Cursor).ToList();
        Assert.True(cursors.Zip(cursors.Skip(1)).All(p => p.First < p.Second), "cursors strictly increase");
        Assert.Equal(_host.Cursors().Where(id => id > start), cursors);
        for (var n = 1; n <= 200; n++)
        {
            var number = $"阳政任字〔2024〕{n}号";
            var started = Assert.Single(all, c => c.DocumentNumber == number && c.Kind == ChangeKind.TenureStarted);
            Assert.Equal((PersonOf(n), "阳泉" + BureauOf(n), "副局长", number), (started.Person, started.Organization, started.PostTitle, started.StartedBy));
        }
    }

    [Fact]
    public async Task A_watch_streams_an_appointment_and_its_removal_live_with_dates_and_documents()
    {
        var head = _host.LastCursor();
        var reading = ReadAsync(Feed, new WatchChangesRequest { SinceCursor = head, Person = "王建国" }, c => c.Kind == ChangeKind.TenureEnded, TimeSpan.FromMinutes(1));
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = OrderBuilder.Appointment("阳政任字〔2022〕9号", "王建国", "2022-03-01") });
        var removal = OrderBuilder.Appointment("阳政任字〔2022〕12号", "王建国", "2022-06-01");
        removal.Items[0].Action = OrderAction.Remove;
        removal.Items[0].Probation = "";
        await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = removal });

        var changes = await reading;
        Assert.Equal([ChangeKind.TenureStarted, ChangeKind.TenureEnded], changes.Select(c => c.Kind));
        var (started, ended) = (changes[0], changes[1]);
        Assert.Equal(("王建国", "阳泉市能源局", "局长", "阳政任字〔2022〕9号"), (started.Person, started.Organization, started.PostTitle, started.DocumentNumber));
        Assert.Equal(Dates.Wire("2022-03-01"), started.StartOn);
        Assert.Equal(Dates.Wire("2023-03-01"), started.ProbationUntil);
        Assert.Null(started.EndOn);
        Assert.Equal("阳政任字〔2022〕12号", ended.DocumentNumber);
        Assert.Equal(Dates.Wire("2022-06-01"), ended.EndOn);
        Assert.Equal("阳政任字〔2022〕12号", ended.EndedBy);
        Assert.Null(ended.PreviousEndOn);
        Assert.Equal(Dates.Wire("2022-03-01"), ended.PreviousKnownSince);
        Assert.True(head < started.Cursor && started.Cursor < ended.Cursor);
    }

    [Fact]
    public async Task After_Yue_Jiang_is_confirmed_a_later_appointment_to_his_post_reports_no_change_of_his_tenure()
    {
        var head = _host.LastCursor();
        var confirmed = await new ProbationService.ProbationServiceClient(_host.Channel).ConfirmProbationAsync(new ConfirmProbationRequest
        {
            Person = "岳江", Organization = "阳泉市公安局国内安全保卫支队", Title = "支队长", ConfirmedOn = Dates.Wire("2023-01-12"), Source = "阳泉市公安局2023年1月试用期考核",
        });
        Assert.True(confirmed.Created);
        var later = OrderBuilder.Appointment("阳政任字〔2023〕7号", "张三", "2023-03-01");
        (later.Items[0].Organization, later.Items[0].Title) = ("市公安局国内安全保卫支队", "支队长");
        Assert.True((await new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = later })).Created);
        var last = _host.LastCursor();

        var changes = await ReadAsync(Feed, new WatchChangesRequest { SinceCursor = head }, c => c.Cursor == last, TimeSpan.FromMinutes(1));

        var yueJiang = Assert.Single(changes, c => c.Person == "岳江");
        Assert.Equal((ChangeKind.TenureChanged, "阳泉市公安局2023年1月试用期考核"), (yueJiang.Kind, yueJiang.DocumentNumber));
        var byLater = Assert.Single(changes, c => c.DocumentNumber == "阳政任字〔2023〕7号");
        Assert.Equal((ChangeKind.TenureStarted, "张三", "支队长"), (byLater.Kind, byLater.Person, byLater.PostTitle));
    }

    [Fact]
    public async Task The_feed_from_the_start_replays_the_seed_with_its_rosters()
    {
        var last = _host.LastCursor();
        var all = await ReadAsync(Feed, new WatchChangesRequest(), c => c.Cursor == last, TimeSpan.FromMinutes(1));
        Assert.Equal(_host.Cursors(), all.Select(c => c.Cursor));
        var roster = all.First(c => c.Kind is ChangeKind.RosterRecorded);
        var filtered = await ReadAsync(Feed, new WatchChangesRequest { Organization = roster.Organization }, c => c.Cursor == roster.Cursor, TimeSpan.FromMinutes(1));
        Assert.Equal(roster, filtered.Single(c => c.Kind is ChangeKind.RosterRecorded or ChangeKind.RosterReplaced));
        Assert.All(filtered, c => Assert.Equal(roster.Organization, c.Organization));
    }

    [Fact]
    public async Task A_negative_cursor_or_one_beyond_the_newest_is_invalid_and_the_newest_waits_live()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(Feed, new WatchChangesRequest { SinceCursor = -1 }, _ => true, TimeSpan.FromMinutes(1)));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);

        var beyond = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(Feed, new WatchChangesRequest { SinceCursor = _host.LastCursor() + 1 }, _ => true, TimeSpan.FromMinutes(1)));
        Assert.Equal(StatusCode.InvalidArgument, beyond.StatusCode);
        Assert.Contains($"beyond the newest change ({_host.LastCursor()})", beyond.Status.Detail);

        using var call = Feed.WatchChanges(new WatchChangesRequest { SinceCursor = _host.LastCursor() }, deadline: DateTime.UtcNow.AddMilliseconds(500));
        var waited = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.DeadlineExceeded, waited.StatusCode);
    }

    [Theory]
    [InlineData("organization", "阳泉市\u202E公安局")]
    [InlineData("person", "岳\u0000江")]
    public async Task A_filter_that_cannot_be_a_name_is_invalid(string field, string text)
    {
        var request = field == "organization" ? new WatchChangesRequest { Organization = text } : new WatchChangesRequest { Person = text };

        var error = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(Feed, request, _ => true, TimeSpan.FromMinutes(1)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task A_filter_with_white_space_matches_the_canonical_name()
    {
        // The seed's first order appoints 岳江 (printed "岳 江" in the gazette, order 1).
        var changes = await ReadAsync(Feed, new WatchChangesRequest { Person = "岳 江" }, _ => true, TimeSpan.FromMinutes(1));

        Assert.Equal("岳江", Assert.Single(changes).Person);
    }

    [Fact]
    public async Task Server_stop_with_an_open_watch_ends_the_stream_with_unavailable_promptly()
    {
        // A channel of its own: the host disposes its channels when it stops.
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(_host.Address, new Grpc.Net.Client.GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("authorization", "Bearer " + _host.AdminKey);
                return Task.CompletedTask;
            })),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
        using var call = new ChangeService.ChangeServiceClient(channel).WatchChanges(new WatchChangesRequest { SinceCursor = _host.LastCursor() - 1 });
        Assert.True(await call.ResponseStream.MoveNext());
        var last = call.ResponseStream.Current.Change.Cursor;
        var reading = Task.Run(async () => await call.ResponseStream.MoveNext());

        var clock = Stopwatch.StartNew();
        await _host.DisposeAsync();
        // Kestrel would wait 30 s (its shutdown timeout) for a stream that ignored the stop.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stop took {clock.Elapsed}");
        var error = await Assert.ThrowsAsync<RpcException>(() => reading);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Contains($"watch again from cursor {last}", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_http_json_the_watch_streams_one_object_per_change()
    {
        var last = _host.LastCursor();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_host.HttpAddress, $"/v1/changes:watch?since_cursor={last - 2}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _host.AdminKey);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("x-request-id").Single());
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var text = new System.Text.StringBuilder();
        while (!text.ToString().Contains($"{{\"cursor\":\"{last}\",", StringComparison.Ordinal))
        {
            var line = await reader.ReadLineAsync(cancel.Token);
            Assert.NotNull(line);
            text.AppendLine(line);
        }
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{{\"cursor\":\"{last - 1}\",\"kind\":\"", lines[0]); // int64 as a string (proto3 JSON)
    }
}
