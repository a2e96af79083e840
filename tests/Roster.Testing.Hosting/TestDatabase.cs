using Roster.Data;

namespace Roster.Testing.Hosting;

/// <summary>
/// The database of one test server, or of several replicas sharing it: a SQLite file in a temporary directory, or a
/// fresh PostgreSQL database on the server named by <see cref="PostgresVariable"/>. Disposing deletes it.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable naming a PostgreSQL server where tests may create databases, as an Npgsql
    /// connection string (<c>Host=127.0.0.1;Port=5432;Username=roster;Password=roster;Database=postgres</c>).</summary>
    public const string PostgresVariable = "ROSTER_TEST_POSTGRES";

    /// <summary>The provider of databases made by <see cref="CreateAsync()"/>: SQLite unless a test assembly says
    /// otherwise (Roster.Server.Postgres.Tests sets PostgreSQL before any test runs).</summary>
    public static DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The PostgreSQL server of <see cref="PostgresVariable"/>, or null when it is unset.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL tests skip here, or null when they run.</summary>
    public static string? PostgresSkipReason => PostgresServer is null
        ? $"{PostgresVariable} is unset: set it to a PostgreSQL server where tests may create databases (.ci/run does) to run this on PostgreSQL"
        : null;

    /// <summary>Where the server keeps its ledger.</summary>
    public abstract DatabaseSettings Settings { get; }

    /// <summary>Every row of every table except the audit trail (which records refused and failed attempts too), as
    /// text: equal before and after means nothing was written.</summary>
    public abstract string Snapshot();

    /// <summary>Lets go of pooled connections (before a restart or deletion).</summary>
    public abstract void ReleaseConnections();

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>A new, empty database of <see cref="Provider"/>.</summary>
    public static Task<TestDatabase> CreateAsync() => CreateAsync(Provider);

    /// <summary>A new, empty database of <paramref name="provider"/>. PostgreSQL needs <see cref="PostgresVariable"/>
    /// (<see cref="InvalidOperationException"/> otherwise).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => await PostgresTestDatabase.CreateAsync(PostgresServer
            ?? throw new InvalidOperationException(PostgresSkipReason)),
        _ => new SqliteTestDatabase(),
    };
}
