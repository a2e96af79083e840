using System.Text;
using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests;

/// <summary>
/// Keyset paging (docs/decisions.md 69): a list read page by page while orders are inserted before and after the cursor
/// returns every row that was there once and none twice; a token stays bound to its list and filter; a token whose key
/// was tampered with is INVALID_ARGUMENT on page_token.
/// </summary>
public sealed class KeysetPagingTests : IAsyncLifetime
{
    private RosterServerHost _host = null!;

    public async Task InitializeAsync() => _host = await RosterServerHost.StartAsync(importSeed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private OrderService.OrderServiceClient Orders => new(_host.Channel);

    private Task Submit(int number, string issuedOn) => Orders.SubmitOrderAsync(new SubmitOrderRequest
    {
        Order = new Order
        {
            DocumentNumber = $"阳政任字〔2022〕{number}号", Issuer = "阳泉市人民政府", DecidedOn = Dates.Wire(issuedOn), IssuedOn = Dates.Wire(issuedOn),
            Items = { new OrderItem { Action = OrderAction.Appoint, Person = PersonOf(number), Organization = "阳泉市公安局", Title = "副局长" } },
        },
    }).ResponseAsync;

    // A name per number (names have no digits): 王 and a stem-branch pair.
    private static string PersonOf(int number) => $"王{"甲乙丙丁戊己庚辛壬癸"[number % 10]}{"子丑寅卯辰巳午未申酉戌亥"[number / 10 % 12]}";

    [Fact]
    public async Task Orders_and_tenures_paged_while_rows_are_inserted_come_once_each_in_order()
    {
        // Fifteen orders, three per issue date, so the key's later columns break ties.
        for (var i = 1; i <= 15; i++) await Submit(i, $"2022-03-{(i + 2) / 3:00}");

        var seen = new List<string>();
        var request = new ListOrdersRequest { Issuer = "阳泉市人民政府", PageSize = 4 };
        var pages = 0;
        do
        {
            var response = await Orders.ListOrdersAsync(request);
            seen.AddRange(response.Orders.Select(o => o.DocumentNumber));
            request.PageToken = response.NextPageToken;
            if (++pages == 2)
            {
                // One order newer than everything read (before the cursor: not listed) and one older (after it: listed).
                await Submit(100, "2022-04-01");
                await Submit(101, "2022-02-01");
            }
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.DoesNotContain("阳政任字〔2022〕100号", seen);
        Assert.Equal("阳政任字〔2022〕101号", seen[^1]);
        var expected = Enumerable.Range(1, 15).Select(i => (Day: (i + 2) / 3, Number: $"阳政任字〔2022〕{i}号"))
            .OrderByDescending(o => o.Day).ThenBy(o => o.Number, StringComparer.Ordinal).Select(o => o.Number).Append("阳政任字〔2022〕101号");
        Assert.Equal(expected, seen);

        // Tenures of the organisation, by known-since date, in pages of 4: each once.
        var tenures = new List<string>();
        var byOrganization = new ListTenuresRequest { Organization = "阳泉市公安局", PageSize = 4 };
        do
        {
            var response = await new RosterService.RosterServiceClient(_host.Channel).ListTenuresAsync(byOrganization);
            tenures.AddRange(response.Tenures.Select(t => t.Person));
            byOrganization.PageToken = response.NextPageToken;
        }
        while (byOrganization.PageToken.Length > 0);
        Assert.Equal(17, tenures.Count);
        Assert.Equal(17, tenures.Distinct().Count());
        Assert.Equal(PersonOf(101), tenures[0]);
    }

    [Fact]
    public async Task A_token_is_refused_with_another_filter_or_list_and_when_its_key_was_tampered_with()
    {
        for (var i = 1; i <= 3; i++) await Submit(i, "2022-03-01");
        var token = (await Orders.ListOrdersAsync(new ListOrdersRequest { Issuer = "阳泉市人民政府", PageSize = 1 })).NextPageToken;
        Assert.NotEmpty(token);

        async Task Refused(Func<Task> call)
        {
            var error = await Assert.ThrowsAsync<RpcException>(call);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Contains("page_token", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field));
        }
        await Refused(() => Orders.ListOrdersAsync(new ListOrdersRequest { Issuer = "盂县人民政府", PageToken = token }).ResponseAsync);
        await Refused(() => new RosterService.RosterServiceClient(_host.Channel)
            .ListTenuresAsync(new ListTenuresRequest { Organization = "阳泉市公安局", PageToken = token }).ResponseAsync);
        // The same list and filter, the key replaced by a value of the wrong type.
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(token.Replace('-', '+').Replace('_', '/'))));
        var kind = text[..text.IndexOf(":k:", StringComparison.Ordinal)];
        var tampered = Convert.ToBase64String(Encoding.UTF8.GetBytes(kind + ":k:[\"not a date\",\"x\",\"y\"]")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await Refused(() => Orders.ListOrdersAsync(new ListOrdersRequest { Issuer = "阳泉市人民政府", PageToken = tampered }).ResponseAsync);
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
}
