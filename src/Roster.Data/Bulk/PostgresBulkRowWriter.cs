using Npgsql;
using NpgsqlTypes;
using Roster.Data.Ledger;

namespace Roster.Data.Bulk;

/// <summary>
/// The PostgreSQL counterpart of <see cref="BulkRowWriter"/>: writes a <see cref="StagedBatch"/> with one binary
/// <c>COPY … FROM STDIN</c> per table, in one transaction that first takes the ledger's write lock
/// (<see cref="WriteTransaction.LockKey"/>) and last moves each identity sequence past the ids the loader assigned,
/// so the ledger's later inserts continue after them. Column names and value formats are those of the EF model
/// (enums as their names, <c>date</c>, <c>timestamptz</c> in UTC).
/// </summary>
public static class PostgresBulkRowWriter
{
    private static readonly string[] IdentityTables = ["people", "organizations", "posts", "orders", "order_items", "tenures"];

    /// <summary>Writes <paramref name="batch"/> and commits.</summary>
    public static void Write(NpgsqlConnection connection, StagedBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteTransaction.LockKey})", connection, transaction))
            command.ExecuteNonQuery();

        Copy(connection, "people", ["Id", "Name", "Jurisdiction"], batch.People, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Bigint);
            Text(w, p.Name);
            Text(w, p.Jurisdiction);
        });
        Copy(connection, "organizations", ["Id", "Name", "Kind", "ParentId"], batch.Organizations, (w, o) =>
        {
            w.Write(o.Id, NpgsqlDbType.Bigint);
            Text(w, o.Name);
            Text(w, o.Kind);
            Value(w, o.ParentId, NpgsqlDbType.Bigint);
        });
        Copy(connection, "posts", ["Id", "OrganizationId", "Title", "Rank"], batch.Posts, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Bigint);
            w.Write(p.OrganizationId, NpgsqlDbType.Bigint);
            Text(w, p.Title);
            Text(w, p.Rank.ToString());
        });
        Copy(connection, "orders",
            ["Id", "DocumentNumber", "Issuer", "Title", "DecisionBody", "DecidedOn", "IssuedOn", "EffectiveOn", "SourceGazette", "SourceLineStart", "SourceLineEnd", "SubmittedBy", "RecordedAt"],
            batch.Orders, (w, o) =>
            {
                w.Write(o.Id, NpgsqlDbType.Bigint);
                Text(w, o.DocumentNumber);
                Text(w, o.Issuer);
                Text(w, o.Title);
                Text(w, o.DecisionBody);
                Value(w, o.DecidedOn, NpgsqlDbType.Date);
                Value(w, o.IssuedOn, NpgsqlDbType.Date);
                w.Write(o.EffectiveOn, NpgsqlDbType.Date);
                Text(w, o.SourceGazette);
                Value(w, o.SourceLineStart, NpgsqlDbType.Integer);
                Value(w, o.SourceLineEnd, NpgsqlDbType.Integer);
                Text(w, o.SubmittedBy);
                w.Write(o.RecordedAt, NpgsqlDbType.TimestampTz);
            });
        Copy(connection, "order_items",
            ["Id", "OrderId", "Position", "Action", "PersonId", "PersonReason", "PostId", "Probation", "RetainsRank", "Concurrent", "Acting", "Note"],
            batch.Items, (w, i) =>
            {
                w.Write(i.Id, NpgsqlDbType.Bigint);
                w.Write(i.OrderId, NpgsqlDbType.Bigint);
                w.Write(i.Position, NpgsqlDbType.Integer);
                Text(w, i.Action.ToString());
                w.Write(i.PersonId, NpgsqlDbType.Bigint);
                Text(w, i.PersonReason.ToString());
                w.Write(i.PostId, NpgsqlDbType.Bigint);
                Text(w, i.Probation);
                w.Write(i.RetainsRank, NpgsqlDbType.Boolean);
                w.Write(i.Concurrent, NpgsqlDbType.Boolean);
                w.Write(i.Acting, NpgsqlDbType.Boolean);
                Text(w, i.Note);
            });
        Copy(connection, "tenures",
            ["Id", "PostId", "PersonId", "StartOn", "KnownSince", "EndOn", "ProbationUntil", "RetainsRank", "Concurrent", "Acting", "StartedBy", "EndedBy", "AttestedBy"],
            batch.Tenures, (w, t) =>
            {
                w.Write(t.Id, NpgsqlDbType.Bigint);
                w.Write(t.PostId, NpgsqlDbType.Bigint);
                w.Write(t.PersonId, NpgsqlDbType.Bigint);
                Value(w, t.StartOn, NpgsqlDbType.Date);
                w.Write(t.KnownSince, NpgsqlDbType.Date);
                Value(w, t.EndOn, NpgsqlDbType.Date);
                Value(w, t.ProbationUntil, NpgsqlDbType.Date);
                w.Write(t.RetainsRank, NpgsqlDbType.Boolean);
                w.Write(t.Concurrent, NpgsqlDbType.Boolean);
                w.Write(t.Acting, NpgsqlDbType.Boolean);
                Text(w, t.StartedBy);
                Text(w, t.EndedBy);
                Text(w, t.AttestedBy);
            });

        using (var sequences = new NpgsqlCommand(string.Concat(IdentityTables.Select(table =>
            $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT max(\"Id\") FROM \"{table}\")) WHERE EXISTS (SELECT 1 FROM \"{table}\");")),
            connection, transaction))
            sequences.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Opens <paramref name="connectionString"/> and refuses a database that already holds orders, people or
    /// organisations (as <see cref="BulkOrderLoader.OpenEmpty"/> does for SQLite).</summary>
    public static NpgsqlConnection OpenEmpty(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM organizations)", connection);
        if ((bool)command.ExecuteScalar()!)
        {
            connection.Dispose();
            throw new InvalidOperationException("the bulk loader writes only into an empty, migrated database");
        }
        return connection;
    }

    private static void Copy<T>(NpgsqlConnection connection, string table, string[] columns, List<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        if (rows.Count == 0) return;
        using var importer = connection.BeginBinaryImport(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
        }
        importer.Complete();
    }

    private static void Text(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, NpgsqlDbType.Varchar);
    }

    private static void Value<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) importer.Write(v, type);
        else importer.WriteNull();
    }
}
