using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Roster.Data;

/// <summary>
/// Migrating a SQLite database one process at a time, and recovering from a migrator that died. EF Core marks a
/// migration in progress with a row in <c>__EFMigrationsLock</c> and waits, without end and without a log line, while
/// such a row exists; a process killed mid-migration leaves its row behind, so every later start would hang. Around
/// the migration Roster therefore also holds an operating-system lock on <c>&lt;database&gt;.migrating</c>, which the kernel
/// releases when its holder dies. Whoever holds that file lock knows that no live process is migrating: a row still in
/// <c>__EFMigrationsLock</c> is stale and is deleted, and <see cref="Cleared"/> says when it was written.
/// </summary>
public sealed class SqliteMigrationLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteMigrationLock(FileStream file, string? cleared)
    {
        _file = file;
        Cleared = cleared;
    }

    /// <summary>The timestamp of the stale EF Core lock row that was deleted, or null when there was none.</summary>
    public string? Cleared { get; }

    /// <summary>Takes the migration file lock of <paramref name="db"/>'s SQLite file, waiting while another live process
    /// holds it, and deletes a stale <c>__EFMigrationsLock</c> row.</summary>
    public static async Task<SqliteMigrationLock> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource) + ".migrating";
        FileStream? file = null;
        while (file is null)
        {
            try
            {
                file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another live process is migrating this database: wait for it.
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
        try
        {
            return new SqliteMigrationLock(file, await ClearStaleRowAsync(db, cancellationToken));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async Task<string?> ClearStaleRowAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0) return null;
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\" LIMIT 1";
            if (await read.ExecuteScalarAsync(cancellationToken) is not string timestamp) return null;
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            await delete.ExecuteNonQueryAsync(cancellationToken);
            return timestamp;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Releases the file lock.</summary>
    public void Dispose() => _file.Dispose();
}
