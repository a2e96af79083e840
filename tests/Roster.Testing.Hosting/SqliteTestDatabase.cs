using Microsoft.Data.Sqlite;
using Roster.Data;

namespace Roster.Testing.Hosting;

/// <summary>A SQLite file in a new temporary directory, deleted with it.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    /// <summary>Creates the directory; the server creates the file.</summary>
    public SqliteTestDatabase()
    {
        var directory = Directory.CreateTempSubdirectory("roster-test-");
        Path = System.IO.Path.Combine(directory.FullName, "roster.db");
    }

    /// <summary>The SQLite file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override DatabaseSettings Settings => new(DatabaseProvider.Sqlite, $"Data Source={Path}");

    /// <inheritdoc />
    public override string Snapshot()
    {
        using var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_events' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            // sqlite_sequence holds the audit trail's last id too.
            command.CommandText = table == "sqlite_sequence"
                ? "SELECT * FROM sqlite_sequence WHERE name <> 'audit_events' ORDER BY rowid"
                : $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            text.Append('[').Append(table).AppendLine("]");
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) text.Append(reader.GetValue(i)).Append('|');
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public override void ReleaseConnections() => SqliteConnection.ClearAllPools();

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        ReleaseConnections();
        try
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
        }
        catch (IOException)
        {
        }
        return ValueTask.CompletedTask;
    }
}
