namespace Roster.Data;

/// <summary>Which database engine holds the ledger (configuration <c>Roster:Database</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file (WAL, <c>synchronous=FULL</c>): one server process. The default.</summary>
    Sqlite,

    /// <summary>PostgreSQL (Npgsql): several stateless server replicas on one database.</summary>
    Postgres,
}

/// <summary>Where the ledger lives: the engine and its connection string (<c>ConnectionStrings:Roster</c>).</summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">A Microsoft.Data.Sqlite connection string (<c>Data Source=data/roster.db</c>) or an
/// Npgsql one (<c>Host=db;Database=roster;Username=roster;Password=…</c>).</param>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>On SQLite, the most the database file may grow to, in KiB (<c>Roster:SqliteMaxSizeKiB</c>; SQLite's
    /// <c>max_page_count</c>), so that one database cannot fill a shared disk; null for no cap. A write that would
    /// pass it fails as a full disk does: RESOURCE_EXHAUSTED "storage full", nothing of it stored.</summary>
    public long? SqliteMaxSizeKiB { get; init; }
}
