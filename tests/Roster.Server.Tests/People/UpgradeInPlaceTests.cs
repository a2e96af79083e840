using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Roster.Data;
using Roster.Domain.People;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.People;

/// <summary>A database written before people had ids upgrades in place (docs/identity.md, upgrading): the seed imported,
/// the schema taken back to the migration before <c>PersonIdentity</c> and forward again, on the suite's provider.</summary>
public sealed class UpgradeInPlaceTests
{
    [Fact]
    public async Task Stored_rows_keep_one_person_per_name_marked_migrated_and_the_next_order_keeps_the_id()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (await RosterServerHost.StartOnAsync(database))
        {
        }
        await using (var db = RosterDatabase.CreateContext(database.Settings))
        {
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_PersonIdentity", StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(before);
            await migrator.MigrateAsync();
            var names = await db.People.Select(p => p.Name).ToListAsync();
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.Contains("岳江", names);
            Assert.All(await db.OrderItems.Select(i => i.PersonReason).ToListAsync(), r => Assert.Equal(MentionReason.Migrated, r));
        }
        database.ReleaseConnections();

        await using var host = await RosterServerHost.StartOnAsync(database, importSeed: false);
        var roster = new RosterService.RosterServiceClient(host.Channel);
        var yueJiang = (await roster.GetPersonAsync(new GetPersonRequest { Name = "岳江" })).Person;
        Assert.Equal("阳泉市公安局国内安全保卫支队", Assert.Single(yueJiang.Tenures).Organization);

        // An order naming him again re-derives his mentions by the rules, under the id he had.
        var order = OrderBuilder.Appointment("阳政任字〔2023〕7号", "岳江");
        var stored = await new OrderService.OrderServiceClient(host.Channel).SubmitOrderAsync(new SubmitOrderRequest { Order = order });
        Assert.Equal((yueJiang.PersonId, "NAME_IN_JURISDICTION"), (stored.Order.Items[0].PersonId, stored.Order.Items[0].PersonReason));
        Assert.Equal(2, (await roster.GetPersonAsync(new GetPersonRequest { Name = yueJiang.PersonId })).Person.Tenures.Count);
    }
}
