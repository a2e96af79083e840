using Roster.Data;
using Roster.Data.Bulk;
using Roster.Domain.Errors;
using Roster.Testing.Hosting;
using static Roster.Scale.Tests.BulkCorrectionScenario;

namespace Roster.Server.Postgres.Tests;

/// <summary>Corrections in a bulk load on PostgreSQL (binary COPY) are decided and applied as the ledger decides and applies them.</summary>
public sealed class BulkCorrectionTests
{
    [Fact]
    public async Task Bulk_load_by_copy_with_a_revocation_and_an_amendment_stores_what_submitting_each_order_stores()
    {
        await using var bulk = await MigratedAsync();
        var loader = new BulkOrderLoader(new Domain.Orders.OrderValidator(Testing.SeedFacts.Tables), Testing.SeedFacts.Tables);
        using (var connection = PostgresBulkRowWriter.OpenEmpty(bulk.Settings.ConnectionString))
            loader.Write(connection, loader.Stage(Accepted, RecordedAt));
        await using var ledger = await MigratedAsync();
        await SubmitAsync(() => RosterDatabase.CreateContext(ledger.Settings), Accepted);

        var rows = await RowsAsync(() => RosterDatabase.CreateContext(bulk.Settings));
        Assert.Equal(await RowsAsync(() => RosterDatabase.CreateContext(ledger.Settings)), rows);
        Assert.DoesNotContain("\n李明|", rows);
        Assert.Contains("\n王建国|阳泉市能源局|副局长|2022-08-01|2022-08-01|||阳政任字〔2022〕4号|", rows);
        Assert.Contains("阳政任字〔2022〕3号|阳泉市人民政府|", rows);
    }

    [Theory]
    [MemberData(nameof(Refused), MemberType = typeof(Roster.Scale.Tests.BulkCorrectionScenario))]
    public async Task Bulk_load_refuses_a_correction_with_the_error_SubmitOrder_gives_on_PostgreSQL(string name, string reason)
    {
        List<Domain.Orders.OrderDraft> load = [.. Accepted, RefusedOrder(name)];
        var bulkError = Assert.Throws<PreconditionFailedException>(() => Stage(load));

        await using var ledger = await MigratedAsync();
        await SubmitAsync(() => RosterDatabase.CreateContext(ledger.Settings), Accepted);
        var ledgerError = await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            SubmitAsync(() => RosterDatabase.CreateContext(ledger.Settings), [RefusedOrder(name)]));

        Assert.Equal(reason, bulkError.Reason);
        Assert.Equal(Describe(ledgerError), Describe(bulkError));
    }

    private static async Task<TestDatabase> MigratedAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = RosterDatabase.CreateContext(database.Settings);
        await RosterDatabase.MigrateAsync(db, CancellationToken.None);
        return database;
    }
}
