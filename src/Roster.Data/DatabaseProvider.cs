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
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
