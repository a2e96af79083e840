using System.Net;
using System.Text;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Roster.Protos.V1;
using Roster.Server.Errors;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Crashes;

/// <summary>
/// A database that cannot grow (SQLite capped with <c>max_page_count</c> through <c>Roster:SqliteMaxSizeKiB</c>, as a
/// full disk would): writes are RESOURCE_EXHAUSTED "storage full" (429 over HTTP/JSON), never INTERNAL; the refused
/// write stores nothing and reads go on.
/// </summary>
public sealed class StorageFullTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private RosterServerHost _host = null!;

    public async Task InitializeAsync()
    {
        await using (await RosterServerHost.StartOnAsync(_database))
        {
        }
        _database.ReleaseConnections();
        // The cap is the file as the seed left it plus 256 KiB: a first order touches a page of each table it writes (orders,
        // items, tenures, changes, anomalies, audit…), then a few dozen orders fit and the database is full.
        _host = await RosterServerHost.StartOnAsync(_database, importSeed: false, $"--Roster:SqliteMaxSizeKiB={SizeKiB() + 256}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private long SizeKiB()
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); SELECT page_count * page_size / 1024 FROM pragma_page_count, pragma_page_size;";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Order Big(int number)
    {
        var order = OrderBuilder.Appointment($"阳政任字〔2023〕{number}号", person: "王建国");
        order.Title = "阳泉市人民政府关于" + new string('长', 400) + "的通知";
        order.Items[0].Note = new string('注', 400);
        return order;
    }

    [Fact]
    public async Task Writes_past_the_cap_are_storage_full_store_nothing_and_reads_go_on()
    {
        var orders = new OrderService.OrderServiceClient(_host.Channel);
        RpcException? full = null;
        string before = "";
        var stored = 0;
        for (var number = 1; number <= 400 && full is null; number++)
        {
            before = _host.Snapshot();
            try
            {
                await orders.SubmitOrderAsync(new SubmitOrderRequest { Order = Big(number) });
                stored++;
            }
            catch (RpcException e)
            {
                full = e;
            }
        }

        Assert.NotNull(full);
        Assert.True(stored > 0, "the cap left no room for even one order");
        Assert.Equal(StatusCode.ResourceExhausted, full.StatusCode);
        Assert.StartsWith("storage full", full.Status.Detail);
        Assert.Equal(StatusTranslation.StorageFullReason, full.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        Assert.Equal(before, _host.Snapshot());

        var read = await orders.GetOrderAsync(new GetOrderRequest { DocumentNumber = "阳政任字〔2023〕1号" });
        Assert.Equal("阳政任字〔2023〕1号", read.Order.DocumentNumber);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.HttpAddress, "/v1/orders"))
        {
            Content = new StringContent(Google.Protobuf.JsonFormatter.Default.Format(new SubmitOrderRequest { Order = Big(999) }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _host.AdminKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("storage full", body);
        Assert.Contains(StatusTranslation.StorageFullReason, body);
    }
}
