using Microsoft.EntityFrameworkCore;
using Roster.Bench.Dataset;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Data.Ledger;
using Roster.Domain.Orders;
using Roster.Testing;
using Roster.Testing.Hosting;

namespace Roster.Server.Postgres.Tests;

/// <summary>The bulk loader on PostgreSQL (binary COPY): the same validation path and the same rows as the ledger.</summary>
public sealed class BulkLoadTests
{
    private static readonly DatasetShape Tiny = DatasetShape.Named("tiny", seed: 7);
    private static readonly DateTime RecordedAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Bulk_load_by_copy_stores_the_same_orders_and_tenures_as_the_ledger_and_the_ledger_continues_after_it()
    {
        await using var bulk = await MigratedAsync();
        var loader = new BulkOrderLoader(new OrderValidator(SeedFacts.Tables), SeedFacts.Tables);
        using (var connection = PostgresBulkRowWriter.OpenEmpty(bulk.Settings.ConnectionString))
        {
            foreach (var batch in new DatasetGenerator(Tiny).Batches()) loader.Write(connection, loader.Stage(batch, RecordedAt));
            Assert.Throws<InvalidOperationException>(() => PostgresBulkRowWriter.OpenEmpty(bulk.Settings.ConnectionString).Dispose());
        }

        await using var ledger = await MigratedAsync();
        var validator = new OrderValidator(SeedFacts.Tables);
        var drafts = new DatasetGenerator(Tiny).Batches().SelectMany(b => b).ToList();
        var random = new Random(3);
        foreach (var draft in drafts.OrderBy(_ => random.Next()))
        {
            await using var db = RosterDatabase.CreateContext(ledger.Settings);
            await new OrderLedger(db, SeedFacts.Tables, TimeProvider.System).SubmitAsync(validator.Validate(draft), new SubmitOptions(), CancellationToken.None);
        }

        Assert.True(drafts.Count > 20, $"the tiny dataset has {drafts.Count} orders");
        Assert.Equal(await RowsAsync(ledger), await RowsAsync(bulk));

        // The identity sequences were moved past the loaded ids: the ledger's next order gets fresh ids.
        await using (var db = RosterDatabase.CreateContext(bulk.Settings))
        {
            var order = validator.Validate(new OrderDraft
            {
                DocumentNumber = "阳政任字〔2022〕9号", Issuer = "阳泉市人民政府", DecidedOn = new(2022, 3, 1), IssuedOn = new(2022, 3, 2),
                Items = [new OrderItemDraft { Action = Roster.Domain.Orders.OrderAction.Appoint, Person = "王建国", Organization = "市能源局", Title = "局长" }],
            });
            var outcome = await new OrderLedger(db, SeedFacts.Tables, TimeProvider.System).SubmitAsync(order, new SubmitOptions(), CancellationToken.None);
            Assert.True(outcome.Created);
            Assert.Equal(drafts.Count + 1, await db.Orders.CountAsync());
            Assert.Equal(drafts.Count + 1, await db.Orders.MaxAsync(o => o.Id));
        }
    }

    private static async Task<TestDatabase> MigratedAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = RosterDatabase.CreateContext(database.Settings);
        await RosterDatabase.MigrateAsync(db, CancellationToken.None);
        return database;
    }

    /// <summary>Every order (with items) and tenure, by content, ignoring ids and recorded times.</summary>
    private static async Task<(string Orders, string Tenures)> RowsAsync(TestDatabase database)
    {
        await using var db = RosterDatabase.CreateContext(database.Settings);
        var orders = (await db.Orders.AsNoTracking().Include(o => o.Items).ThenInclude(i => i.Person)
                .Include(o => o.Items).ThenInclude(i => i.Post).ThenInclude(p => p.Organization).ToListAsync())
            .Select(o => o.DocumentNumber + "|" + o.Issuer + "|" + o.Title + "|" + o.EffectiveOn + "|" + o.IssuedOn + "|" + o.DecisionBody + "|" +
                string.Join(";", o.Items.OrderBy(i => i.Position).Select(i => i.Position + ":" + i.Action + ":" + i.Person.Name + ":" +
                    i.Post.Organization.Name + ":" + i.Post.Title + ":" + i.Post.Rank + ":" + i.Probation + ":" + i.RetainsRank + i.Concurrent + i.Acting)))
            .Order(StringComparer.Ordinal);
        var tenures = (await db.Tenures.AsNoTracking()
            .Select(t => new { Person = t.Person.Name, Organization = t.Post.Organization.Name, t.Post.Title, t.Post.Organization.Kind, Parent = t.Post.Organization.Parent == null ? null : t.Post.Organization.Parent.Name,
                t.StartOn, t.KnownSince, t.EndOn, t.ProbationUntil, t.RetainsRank, t.Concurrent, t.Acting, t.StartedBy, t.EndedBy })
            .ToListAsync()).Select(t => t.ToString()).Order(StringComparer.Ordinal);
        return (string.Join("\n", orders), string.Join("\n", tenures));
    }
}
