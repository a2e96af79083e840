using Npgsql;
using Roster.Data;

namespace Roster.Testing.Hosting;

/// <summary>A database <c>roster_test_GUID</c> created on the test PostgreSQL server, dropped (connections and all)
/// when disposed.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
    }

    /// <summary>The database name.</summary>
    public string Name => _name;

    /// <inheritdoc />
    public override DatabaseSettings Settings =>
        new(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);

    /// <summary>Creates an empty database on <paramref name="server"/> (UTF8; the migrations give every text column the
    /// "C" collation).</summary>
    public static Task<PostgresTestDatabase> CreateAsync(string server) => CreateAsync(server, "ENCODING 'UTF8' TEMPLATE template0");

    /// <summary>A database <c>roster_test_GUID</c> made by <c>CREATE DATABASE … <paramref name="options"/></c>.</summary>
    private static async Task<PostgresTestDatabase> CreateAsync(string server, string options)
    {
        var name = "roster_test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" {options}", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresTestDatabase(server, name);
    }

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static PostgresTestDatabase? _template;

    /// <summary>A new database copied (<c>CREATE DATABASE … TEMPLATE</c>) from one that <paramref name="prepare"/> made once per
    /// process on <paramref name="server"/>; the template is dropped when the process exits. Nothing may stay connected to
    /// the template: <paramref name="prepare"/> must release its connections before it returns.</summary>
    public static async Task<PostgresTestDatabase> CreateFromTemplateAsync(string server, Func<PostgresTestDatabase, Task> prepare)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_template is null)
            {
                var template = await CreateAsync(server);
                await prepare(template);
                template.ReleaseConnections();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
                _template = template;
            }
            return await CreateAsync(server, $"TEMPLATE \"{_template.Name}\"");
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <inheritdoc />
    public override string Snapshot()
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Settings.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'audit_events' ORDER BY tablename COLLATE \"C\"", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            // A row as PostgreSQL prints it; ordered by that text, as tables need not have one key column.
            using var command = new NpgsqlCommand($"SELECT r::text FROM \"{table}\" r ORDER BY r::text COLLATE \"C\"", connection);
            using var reader = command.ExecuteReader();
            text.Append('[').Append(table).AppendLine("]");
            while (reader.Read()) text.AppendLine(reader.GetString(0));
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public override void ReleaseConnections()
    {
        using var connection = new NpgsqlConnection(Settings.ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        ReleaseConnections();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        // FORCE cannot end a session of another role, such as an autovacuum worker that just entered the database:
        // that is brief, so try again a few times before leaving the database to the throwaway cluster.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }
}
