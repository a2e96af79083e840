using Microsoft.EntityFrameworkCore;
using Roster.Bench.Dataset;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Data.Ledger;
using Roster.Domain.Errors;
using Roster.Domain.Orders;
using Roster.Testing;

namespace Roster.Scale.Tests;

public sealed class BulkLoadTests
{
    private static readonly DatasetShape Tiny = DatasetShape.Named("tiny", seed: 7);

    [Fact]
    public async Task Bulk_load_stores_the_same_orders_and_tenures_as_submitting_each_order_in_any_arrival_order()
    {
        using var bulk = await ScratchDatabase.CreateAsync();
        bulk.BulkLoad(Tiny);

        using var ledger = await ScratchDatabase.CreateAsync();
        var validator = new OrderValidator(SeedFacts.Tables);
        var drafts = new DatasetGenerator(Tiny).Batches().SelectMany(b => b).ToList();
        var random = new Random(3);
        foreach (var draft in drafts.OrderBy(_ => random.Next()))
        {
            await using var db = ledger.Context();
            await new OrderLedger(db, SeedFacts.Tables, TimeProvider.System).SubmitAsync(validator.Validate(draft), new SubmitOptions(), CancellationToken.None);
        }

        Assert.True(drafts.Count > 20, $"the tiny dataset has {drafts.Count} orders");
        Assert.Equal(await RowsAsync(ledger), await RowsAsync(bulk));
        // The same people, by the same rules (docs/identity.md): which items and tenures share a person, and why.
        var people = await PeopleAsync(ledger);
        Assert.Equal(people, await PeopleAsync(bulk));
        Assert.Contains("HOLDS_POST", people);
    }

    [Fact]
    public async Task Bulk_rows_hold_the_values_EF_writes_and_the_file_is_left_in_WAL_mode()
    {
        // The writer binds natively, so it must spell values as Microsoft.Data.Sqlite does: a recorded time with
        // its fraction of a second, dates, booleans.
        using var bulk = await ScratchDatabase.CreateAsync();
        bulk.BulkLoad(Tiny);

        await using var db = bulk.Context();
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks, (await db.Orders.AsNoTracking().FirstAsync()).RecordedAt.Ticks);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT RecordedAt FROM orders LIMIT 1), (SELECT min(KnownSince) FROM tenures), (SELECT typeof(Concurrent) FROM order_items LIMIT 1), (SELECT journal_mode FROM pragma_journal_mode)";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("2026-01-01 00:00:00", reader.GetString(0));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", reader.GetString(1));
        Assert.Equal("integer", reader.GetString(2));
        Assert.Equal("wal", reader.GetString(3));
    }

    [Fact]
    public void Generator_is_reproducible_by_seed()
    {
        static string Text(int seed) => string.Join("\n", new DatasetGenerator(Tiny with { Seed = seed }).Batches()
            .SelectMany(b => b).Select(o => $"{o.DocumentNumber} {o.DecidedOn} " + string.Join(",", o.Items.Select(i => $"{i.Action}:{i.Person}:{i.Organization}{i.Title}:{i.Probation}"))));
        Assert.Equal(Text(7), Text(7));
        Assert.NotEqual(Text(7), Text(8));
    }

    [Fact]
    public async Task Bulk_load_rejects_an_invalid_draft_through_the_submit_validator()
    {
        using var database = await ScratchDatabase.CreateAsync();
        var loader = new BulkOrderLoader(new OrderValidator(SeedFacts.Tables), SeedFacts.Tables);
        var bad = new OrderDraft { DocumentNumber = "not a number", Issuer = "安宁县人民政府", IssuedOn = new(2022, 1, 1), Items = [] };
        var error = Assert.Throws<InvalidInputException>(() => loader.Stage([bad], DateTime.UtcNow));
        Assert.Contains(error.Violations, v => v.Field == "orders[0].document_number");
    }

    [Fact]
    public async Task Bulk_load_refuses_a_database_that_already_holds_orders()
    {
        using var database = await ScratchDatabase.CreateAsync();
        database.BulkLoad(Tiny with { Jurisdictions = 1 });
        Assert.Throws<InvalidOperationException>(() => BulkOrderLoader.OpenEmpty(database.ConnectionString).Dispose());
    }

    /// <summary>The people as groups of the items and tenures they hold (ids aside), each item with its reason.</summary>
    private static async Task<string> PeopleAsync(ScratchDatabase database)
    {
        await using var db = database.Context();
        var items = await db.OrderItems.AsNoTracking()
            .Select(i => new { i.PersonId, Key = i.Order.DocumentNumber + "#" + i.Position, i.PersonReason }).ToListAsync();
        var tenures = await db.Tenures.AsNoTracking()
            .Select(t => new { t.PersonId, Key = t.Post.Organization.Name + t.Post.Title + "@" + t.KnownSince }).ToListAsync();
        var groups = items.Select(i => (i.PersonId, Text: $"{i.Key}:{Roster.Server.Mapping.RosterProfile.ReasonWord(i.PersonReason)}"))
            .Concat(tenures.Select(t => (t.PersonId, Text: "tenure " + t.Key)))
            .GroupBy(x => x.PersonId)
            .Select(g => string.Join(", ", g.Select(x => x.Text).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
        return string.Join("\n", groups);
    }

    /// <summary>Every order (with items) and tenure, by content, ignoring ids and recorded times.</summary>
    private static async Task<(string Orders, string Tenures)> RowsAsync(ScratchDatabase database)
    {
        await using var db = database.Context();
        var orders = await db.Orders.AsNoTracking().OrderBy(o => o.DocumentNumber)
            .Select(o => o.DocumentNumber + "|" + o.Issuer + "|" + o.Title + "|" + o.EffectiveOn + "|" + o.IssuedOn + "|" + o.DecisionBody + "|" +
                string.Join(";", o.Items.OrderBy(i => i.Position).Select(i => i.Position + ":" + i.Action + ":" + i.Person.Name + ":" +
                    i.Post.Organization.Name + ":" + i.Post.Title + ":" + i.Post.Rank + ":" + i.Probation + ":" + i.RetainsRank + i.Concurrent + i.Acting)))
            .ToListAsync();
        var tenures = (await db.Tenures.AsNoTracking()
            .Select(t => new { Person = t.Person.Name, Organization = t.Post.Organization.Name, t.Post.Title, t.Post.Organization.Kind, Parent = t.Post.Organization.Parent == null ? null : t.Post.Organization.Parent.Name,
                t.StartOn, t.KnownSince, t.EndOn, t.ProbationUntil, t.RetainsRank, t.Concurrent, t.Acting, t.StartedBy, t.EndedBy })
            .ToListAsync()).Select(t => t.ToString()).Order(StringComparer.Ordinal);
        return (string.Join("\n", orders), string.Join("\n", tenures));
    }
}
