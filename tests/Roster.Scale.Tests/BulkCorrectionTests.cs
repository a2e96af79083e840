using Microsoft.Data.Sqlite;
using Roster.Data.Bulk;
using Roster.Domain.Errors;
using static Roster.Scale.Tests.BulkCorrectionScenario;

namespace Roster.Scale.Tests;

/// <summary>Corrections in a bulk load on SQLite (prepared INSERTs) are decided and applied as the ledger decides and applies them.</summary>
public sealed class BulkCorrectionTests
{
    [Fact]
    public async Task Bulk_load_with_a_revocation_and_an_amendment_stores_what_submitting_each_order_stores()
    {
        using var bulk = await ScratchDatabase.CreateAsync();
        var loader = new BulkOrderLoader(new Domain.Orders.OrderValidator(Testing.SeedFacts.Tables), Testing.SeedFacts.Tables);
        using (var connection = BulkOrderLoader.OpenEmpty(bulk.ConnectionString))
        {
            loader.Write(connection, loader.Stage(Accepted, RecordedAt));
            BulkOrderLoader.Finish(connection);
        }
        SqliteConnection.ClearAllPools();
        using var ledger = await ScratchDatabase.CreateAsync();
        await SubmitAsync(() => ledger.Context(), Accepted);

        var rows = await RowsAsync(() => bulk.Context());
        Assert.Equal(await RowsAsync(() => ledger.Context()), rows);
        // The revoked appointment and the amended one leave no tenure; the amendment's and the untouched order's do.
        Assert.DoesNotContain("\n李明|", rows);
        Assert.Contains("\n王建国|阳泉市能源局|副局长|2022-08-01|2022-08-01|||阳政任字〔2022〕4号|", rows);
        Assert.DoesNotContain("|局长|2022-03-01|", rows);
        Assert.Contains("\n张三|阳泉市教育局|局长|2022-08-15|", rows);
        Assert.Contains("阳政任字〔2022〕3号|阳泉市人民政府|", rows);
        Assert.Contains("tenure 副局长@2022-08-01, 阳政任字〔2022〕1号#0, 阳政任字〔2022〕4号#0", rows);
        // The month-precise start and the confirmation reach the rows (the writers bind every column the ledger stores).
        Assert.Matches(@"阳政任字〔2022〕9号\|[^\n]*\|Month\|", rows);
        Assert.Contains("|Month/Day|2023-10-08|阳政任字〔2023〕2号", rows);
    }

    [Theory]
    [MemberData(nameof(Refused), MemberType = typeof(BulkCorrectionScenario))]
    public async Task Bulk_load_refuses_a_correction_with_the_error_SubmitOrder_gives(string name, string reason)
    {
        List<Domain.Orders.OrderDraft> load = [.. Accepted, RefusedOrder(name)];
        var bulkError = Assert.Throws<PreconditionFailedException>(() => Stage(load));

        using var ledger = await ScratchDatabase.CreateAsync();
        await SubmitAsync(() => ledger.Context(), Accepted);
        var ledgerError = await Assert.ThrowsAsync<PreconditionFailedException>(() => SubmitAsync(() => ledger.Context(), [RefusedOrder(name)]));

        Assert.Equal(reason, bulkError.Reason);
        Assert.Equal(Describe(ledgerError), Describe(bulkError));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Bulk_load_checks_an_item_naming_a_person_id_as_SubmitOrder_does(bool unknown)
    {
        static Domain.Orders.OrderDraft Naming(long id) => Order("阳政任字〔2022〕10号", (2022, 10, 1),
            items: Appoint("王建国", "市体育局", "局长") with { PersonId = $"people/{id}" });
        var loader = new BulkOrderLoader(new Domain.Orders.OrderValidator(Testing.SeedFacts.Tables), Testing.SeedFacts.Tables);
        var bulkZhang = loader.Stage(Accepted, RecordedAt).People.Single(p => p.Name == "张三").Id;
        var bulkId = unknown ? 999 : bulkZhang;
        var bulkError = Assert.Throws<PreconditionFailedException>(() => loader.Stage([Naming(bulkId)], RecordedAt));

        using var ledger = await ScratchDatabase.CreateAsync();
        await SubmitAsync(() => ledger.Context(), Accepted);
        long ledgerId;
        await using (var db = ledger.Context()) ledgerId = unknown ? 999 : db.People.Single(p => p.Name == "张三").Id;
        var ledgerError = await Assert.ThrowsAsync<PreconditionFailedException>(() => SubmitAsync(() => ledger.Context(), [Naming(ledgerId)]));

        Assert.Equal(unknown ? Domain.People.NamedPeople.UnknownReason : Domain.People.NamedPeople.OtherNameReason, bulkError.Reason);
        Assert.Equal(Describe(ledgerError).Replace($"people/{ledgerId}", "ID"), Describe(bulkError).Replace($"people/{bulkId}", "ID"));
    }
}
