using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace Roster.Data.Ledger;

/// <summary>
/// Queues this process's SQLite write transactions on one database file in arrival order before they ask SQLite for
/// the file's write lock. SQLite lets waiting writers poll for the lock (the busy handler), which is not fair: with
/// many writers at once, one can lose every poll until its command timeout and fail with "database is locked". Inside
/// one process the gate makes them wait their turn instead; writers in other processes still meet at SQLite's lock.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the gate of <paramref name="connection"/>'s database file, then begins the transaction with
    /// <paramref name="begin"/>; the gate opens again when the returned transaction is disposed.</summary>
    public static async Task<IDbContextTransaction> BeginAsync(DbConnection connection, Func<Task<IDbContextTransaction>> begin,
        CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource);
        var gate = Gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return new GatedTransaction(await begin(), gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>A transaction that opens its gate once, when disposed.</summary>
    private sealed class GatedTransaction(IDbContextTransaction inner, SemaphoreSlim gate) : IDbContextTransaction
    {
        private int _released;

        public Guid TransactionId => inner.TransactionId;
        public void Commit() => inner.Commit();
        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);
        public void Rollback() => inner.Rollback();
        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            try { inner.Dispose(); }
            finally { Release(); }
        }

        public async ValueTask DisposeAsync()
        {
            try { await inner.DisposeAsync(); }
            finally { Release(); }
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
