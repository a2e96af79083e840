using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Cli.Tests.EndToEnd;

/// <summary><c>roster watch</c> and <c>roster audit</c> against a real server of their own (they write).</summary>
public sealed class IntegrityCommandTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Standard output that says when it has received a number of lines.</summary>
    private sealed class LineCounter(int wanted) : StringWriter
    {
        private int _lines;

        public TaskCompletionSource Enough { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void WriteLine(string? value)
        {
            lock (this) base.WriteLine(value);
            if (Interlocked.Increment(ref _lines) >= wanted) Enough.TrySetResult();
        }

        public override string ToString()
        {
            lock (this) return base.ToString();
        }
    }

    private async Task<(int Exit, string Output, string Error)> RosterAsync(TextWriter output, CancellationToken cancellation, params string[] args)
    {
        var error = new StringWriter();
        var context = new CliContext(output, error, uri => Grpc.Net.Client.GrpcChannel.ForAddress(uri), _ => null);
        var exit = await new RosterCommandLine(context).RunAsync([.. args, "--server", _host.Address.ToString(), "--api-key", _host.AdminKey], cancellation);
        return (exit, output.ToString()!, error.ToString());
    }

    private Task SubmitAsync(string number, string person, string decidedOn, OrderAction action = OrderAction.Appoint) =>
        new OrderService.OrderServiceClient(_host.Channel).SubmitOrderAsync(new SubmitOrderRequest
        {
            Order = new Order
            {
                DocumentNumber = number, Issuer = "阳泉市人民政府",
                DecidedOn = new Google.Type.Date { Year = int.Parse(decidedOn[..4]), Month = int.Parse(decidedOn[5..7]), Day = int.Parse(decidedOn[8..]) },
                IssuedOn = new Google.Type.Date { Year = int.Parse(decidedOn[..4]), Month = int.Parse(decidedOn[5..7]), Day = int.Parse(decidedOn[8..]) },
                Items = { new OrderItem { Action = action, Person = person, Organization = "市能源局", Title = "局长" } },
            },
        }).ResponseAsync;

    [Fact]
    public async Task Watch_prints_each_change_of_a_person_as_it_is_recorded_until_cancelled()
    {
        var output = new LineCounter(2);
        using var stop = new CancellationTokenSource();
        var watching = RosterAsync(output, stop.Token, "watch", "--person", "王建国");
        await SubmitAsync("阳政任字〔2022〕9号", "王建国", "2022-03-01");
        await SubmitAsync("阳政任字〔2022〕12号", "王建国", "2022-06-01", OrderAction.Remove);
        await output.Enough.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();

        var (exit, text, error) = await watching;
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^#\d+ TENURE_STARTED 王建国 阳泉市能源局 局长 \[2022-03-01, \) by 阳政任字〔2022〕9号$", lines[0]);
        Assert.Matches(@"^#\d+ TENURE_ENDED 王建国 阳泉市能源局 局长 \[2022-03-01, 2022-06-01\) by 阳政任字〔2022〕12号$", lines[1]);
    }

    [Fact]
    public async Task Watch_json_prints_one_object_per_line_from_a_cursor()
    {
        await SubmitAsync("阳政任字〔2022〕9号", "王建国", "2022-03-01");
        var output = new LineCounter(1);
        using var stop = new CancellationTokenSource();
        var watching = RosterAsync(output, stop.Token, "watch", "--person", "王建国", "--json");
        await output.Enough.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var first = Change.Parser.ParseJson(output.ToString().Split('\n')[0]);
        await SubmitAsync("阳政任字〔2022〕12号", "王建国", "2022-06-01", OrderAction.Remove);

        // A second watch from the first change's cursor sees only the later one.
        var resumed = new LineCounter(1);
        using var stopResumed = new CancellationTokenSource();
        var resuming = RosterAsync(resumed, stopResumed.Token, "watch", "--person", "王建国", "--json", "--since", first.Cursor.ToString());
        await resumed.Enough.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        await stopResumed.CancelAsync();
        Assert.Equal(0, (await watching).Exit);
        Assert.Equal(0, (await resuming).Exit);

        Assert.Equal((ChangeKind.TenureStarted, "阳政任字〔2022〕9号"), (first.Kind, first.DocumentNumber));
        var later = Change.Parser.ParseJson(resumed.ToString().Split('\n')[0]);
        Assert.Equal((ChangeKind.TenureEnded, "阳政任字〔2022〕12号"), (later.Kind, later.DocumentNumber));
        Assert.True(later.Cursor > first.Cursor);
    }

    [Fact]
    public async Task Watch_refuses_two_filters_and_a_negative_cursor_without_calling_the_server()
    {
        var (exit, _, error) = await RosterAsync(new StringWriter(), CancellationToken.None, "watch", "--person", "王建国", "--organization", "阳泉市能源局");
        Assert.Equal(2, exit);
        Assert.Contains(Roster.Cli.Commands.WatchCommand.BothFiltersError, error);
        Assert.Equal(2, (await RosterAsync(new StringWriter(), CancellationToken.None, "watch", "--since", "-5")).Exit);
    }

    [Fact]
    public async Task Audit_lists_the_attempts_on_a_document_with_outcome_and_actor()
    {
        await SubmitAsync("阳政任字〔2022〕9号", "王建国", "2022-03-01");
        await SubmitAsync("阳政任字〔2022〕9号", "王建国", "2022-03-01");

        var (exit, text, error) = await RosterAsync(new StringWriter(), CancellationToken.None, "audit", "--document", "阳政任字[2022]9号");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var prefix = _host.AdminKey[3..13];
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ  CREATED  SubmitOrder 阳政任字〔2022〕9号  by {prefix} \(阳泉市人民政府\)  request [0-9a-f]{{32}}$", lines[0]);
        Assert.Contains("  ALREADY_RECORDED  SubmitOrder 阳政任字〔2022〕9号  by ", lines[1]);

        var json = await RosterAsync(new StringWriter(), CancellationToken.None, "audit", "--actor", prefix, "--since", "2000-01-01T00:00:00Z", "--json");
        Assert.Equal(0, json.Exit);
        var page = ListAuditEventsResponse.Parser.ParseJson(json.Output);
        Assert.Equal(["CREATED", "ALREADY_RECORDED"], page.Events.Where(e => e.Target == "阳政任字〔2022〕9号").Select(e => e.Outcome));
        Assert.Equal(2, (await RosterAsync(new StringWriter(), CancellationToken.None, "audit", "--since", "yesterday")).Exit);

        // The seed's orders were imported at start, not through a call: nothing to list, and the output says so.
        var none = await RosterAsync(new StringWriter(), CancellationToken.None, "audit", "--document", "阳政任字〔2022〕4号");
        Assert.Equal((0, Roster.Cli.Commands.AuditCommand.NoEvents), (none.Exit, none.Output.Trim()));
    }
}
