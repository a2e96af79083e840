using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Roster.Data;

/// <summary>
/// Sets per-connection SQLite pragmas when a connection opens (DESIGN.md §7): <c>synchronous=FULL</c> so an
/// acknowledged order survives power loss, foreign keys on. WAL is a property of the file, set once at start.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
