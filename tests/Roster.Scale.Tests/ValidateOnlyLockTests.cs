using Roster.Data.Ledger;
using Roster.Domain.Orders;
using Roster.Testing;

namespace Roster.Scale.Tests;

/// <summary>A dry run (validate_only) reads one snapshot and takes no write lock: it answers while another write transaction
/// holds the lock, instead of queueing behind it.</summary>
public sealed class ValidateOnlyLockTests
{
    [Fact]
    public async Task Validate_only_answers_while_another_write_transaction_holds_the_write_lock()
    {
        using var database = await ScratchDatabase.CreateAsync();
        await using var writer = database.Context();
        await using var held = await writer.BeginWriteTransactionAsync(CancellationToken.None);
        await using var db = database.Context();
        var order = new OrderValidator(SeedFacts.Tables).Validate(SeedFacts.Current.Orders[0].ToDraft());

        var validating = new OrderLedger(db, SeedFacts.Tables, TimeProvider.System).SubmitAsync(order, new SubmitOptions(ValidateOnly: true), CancellationToken.None);
        var first = await Task.WhenAny(validating, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(validating, first);
        var outcome = await validating;
        Assert.False(outcome.Created);
        Assert.Equal(SeedFacts.Current.Orders[0].DocumentNumber, outcome.Recorded.Order.DocumentNumber.ToString());
    }
}
