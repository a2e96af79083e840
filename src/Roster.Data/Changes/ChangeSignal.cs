using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Roster.Data.Changes;

/// <summary>
/// Wakes change-feed watchers in this process when a transaction commits (registered as a transaction interceptor on
/// every <see cref="RosterDbContext"/>). Watchers also poll, because a write committed by another server process on the
/// same database raises no signal here.
/// </summary>
public sealed class ChangeSignal : DbTransactionInterceptor
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>A task that completes at the next commit after this call. Take it before reading, so a commit between
    /// the read and the wait is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Completes <see cref="Next"/> and starts a new one.</summary>
    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <inheritdoc />
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Pulse();

    /// <inheritdoc />
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Pulse();
        return Task.CompletedTask;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
