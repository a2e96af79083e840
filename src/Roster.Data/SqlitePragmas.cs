using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Roster.Data;

/// <summary>
/// Sets per-connection SQLite pragmas when a connection opens (docs/decisions.md, section 30): <c>synchronous=FULL</c> so an
/// acknowledged order survives power loss, foreign keys on. WAL is a property of the file, set once at start.
/// With a size cap (<see cref="DatabaseSettings.SqliteMaxSizeKiB"/>), also <c>max_page_count</c>, which is per connection too.
/// </summary>
/// <remarks>Pragmas belong to the native SQLite connection, which Microsoft.Data.Sqlite pools and hands out again
/// on the next open; they are set once per native connection (keyed by its handle) rather than on every open, which
/// cost the point-in-time read an extra statement per query (docs/performance.md, profile).</remarks>
internal sealed class SqlitePragmas(long? maxSizeKiB = null) : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    // page_size is a property of the file (4096 unless it was created otherwise): the cap in pages is computed from it.
    private string PragmasFor(long pageSize) =>
        maxSizeKiB is { } kib ? $"{Pragmas} PRAGMA max_page_count = {Math.Max(1, kib * 1024 / Math.Max(512, pageSize))};" : Pragmas;

    private const string PageSize = "PRAGMA page_size;";

    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection)) return;
        using var command = connection.CreateCommand();
        var pageSize = 4096L;
        if (maxSizeKiB is not null)
        {
            command.CommandText = PageSize;
            pageSize = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        command.CommandText = PragmasFor(pageSize);
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection)) return;
        await using var command = connection.CreateCommand();
        var pageSize = 4096L;
        if (maxSizeKiB is not null)
        {
            command.CommandText = PageSize;
            pageSize = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        command.CommandText = PragmasFor(pageSize);
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private static bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Configured.AddOrUpdate(handle, handle);
    }
}
