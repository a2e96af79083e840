using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Roster.Data.Ledger;

/// <summary>
/// The one way a ledger write begins (orders, rosters, portfolios, API keys, seed imports). Write transactions run
/// one at a time, on either provider, across every server process on the database:
/// <list type="bullet">
/// <item>SQLite: <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default for a non-deferred transaction) takes the
/// file's write lock before the first read, so the reads that decide what to write see every committed write; the
/// writers of one process first queue at <see cref="SqliteWriteGate"/>, so none starves polling for that lock.</item>
/// <item>PostgreSQL: <c>pg_advisory_xact_lock(<see cref="LockKey"/>)</c>, the first statement of the transaction,
/// released at commit or rollback. Under READ COMMITTED each later statement sees every write committed before the
/// lock was granted, so the same order sent to two replicas at once is stored once (the second finds it), concurrent
/// orders on one post derive from each other's tenures, and identity values drawn inside write transactions are in
/// commit order (a cursor over ids never skips a row that commits later with a smaller id).</item>
/// </list>
/// </summary>
public static class WriteTransaction
{
    /// <summary>The advisory lock key every PostgreSQL write transaction takes ("Roster" in ASCII).</summary>
    public const long LockKey = 0x526F73746572;

    /// <summary>Begins a write transaction on <paramref name="db"/> and waits for the write lock (bounded by the
    /// connection's command timeout and <paramref name="cancellationToken"/>).</summary>
    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(this RosterDbContext db, CancellationToken cancellationToken)
    {
        if (db is not PostgresRosterDbContext)
        {
            return await SqliteWriteGate.BeginAsync(db.Database.GetDbConnection(), () => db.Database.BeginTransactionAsync(cancellationToken), cancellationToken);
        }
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
        return transaction;
    }

    /// <summary>Begins a read-only transaction on <paramref name="db"/> that takes no write lock: one consistent snapshot for
    /// checks that store nothing (SubmitOrder with <c>validate_only</c>), so a dry run neither waits for writers nor holds
    /// them up. SQLite: a deferred <c>BEGIN</c> (a read snapshot under WAL), outside <see cref="SqliteWriteGate"/>;
    /// PostgreSQL: REPEATABLE READ without the advisory lock.</summary>
    public static async Task<IDbContextTransaction> BeginReadTransactionAsync(this RosterDbContext db, CancellationToken cancellationToken)
    {
        if (db is PostgresRosterDbContext)
        {
            return await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(deferred: true);
        try
        {
            var used = await db.Database.UseTransactionAsync(transaction, cancellationToken)
                ?? throw new InvalidOperationException("the context did not take the read transaction");
            return new OwnedTransaction(used, transaction);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>A transaction the context was handed (<c>UseTransaction</c>), which the context does not dispose: disposing this
    /// ends it (rolls it back unless committed).</summary>
    private sealed class OwnedTransaction(IDbContextTransaction inner, System.Data.Common.DbTransaction owned) : IDbContextTransaction
    {
        public Guid TransactionId => inner.TransactionId;
        public void Commit() => inner.Commit();
        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);
        public void Rollback() => inner.Rollback();
        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            try { inner.Dispose(); }
            finally { owned.Dispose(); }
        }

        public async ValueTask DisposeAsync()
        {
            try { await inner.DisposeAsync(); }
            finally { await owned.DisposeAsync(); }
        }
    }
}
