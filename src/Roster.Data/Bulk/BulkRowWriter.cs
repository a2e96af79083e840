using Microsoft.Data.Sqlite;

namespace Roster.Data.Bulk;

/// <summary>
/// Inserts a <see cref="StagedBatch"/> with one prepared INSERT per table, reused for every row, in one
/// transaction. Column names and value formats are those of the EF model (enums as their names, dates as
/// <c>yyyy-MM-dd</c>), so EF reads the rows back exactly as if the ledger had written them.
/// </summary>
public static class BulkRowWriter
{
    /// <summary>Writes <paramref name="batch"/> and commits.</summary>
    public static void Write(SqliteConnection connection, StagedBatch batch)
    {
        using var transaction = connection.BeginTransaction();

        using (var people = Prepare(connection, transaction, "INSERT INTO people (Id, Name) VALUES ($0, $1)", 2))
            foreach (var p in batch.People) Run(people, p.Id, p.Name);

        using (var organizations = Prepare(connection, transaction, "INSERT INTO organizations (Id, Name, Kind, ParentId) VALUES ($0, $1, $2, $3)", 4))
            foreach (var o in batch.Organizations) Run(organizations, o.Id, o.Name, o.Kind, o.ParentId);

        using (var posts = Prepare(connection, transaction, "INSERT INTO posts (Id, OrganizationId, Title, Rank) VALUES ($0, $1, $2, $3)", 4))
            foreach (var p in batch.Posts) Run(posts, p.Id, p.OrganizationId, p.Title, p.Rank.ToString());

        using (var orders = Prepare(connection, transaction,
            "INSERT INTO orders (Id, DocumentNumber, Issuer, Title, DecisionBody, DecidedOn, IssuedOn, EffectiveOn, SourceGazette, SourceLineStart, SourceLineEnd, SubmittedBy, RecordedAt) " +
            "VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", 13))
            foreach (var o in batch.Orders)
                Run(orders, o.Id, o.DocumentNumber, o.Issuer, o.Title, o.DecisionBody, o.DecidedOn, o.IssuedOn, o.EffectiveOn,
                    o.SourceGazette, o.SourceLineStart, o.SourceLineEnd, o.SubmittedBy, o.RecordedAt);

        using (var items = Prepare(connection, transaction,
            "INSERT INTO order_items (Id, OrderId, Position, Action, PersonId, PostId, Probation, RetainsRank, Concurrent, Acting, Note) " +
            "VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", 11))
            foreach (var i in batch.Items)
                Run(items, i.Id, i.OrderId, i.Position, i.Action.ToString(), i.PersonId, i.PostId, i.Probation, i.RetainsRank, i.Concurrent, i.Acting, i.Note);

        using (var tenures = Prepare(connection, transaction,
            "INSERT INTO tenures (Id, PostId, PersonId, StartOn, KnownSince, EndOn, ProbationUntil, RetainsRank, Concurrent, Acting, StartedBy, EndedBy, AttestedBy, ConfirmedOn, ConfirmedBy) " +
            "VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)", 15))
            foreach (var t in batch.Tenures)
                Run(tenures, t.Id, t.PostId, t.PersonId, t.StartOn, t.KnownSince, t.EndOn, t.ProbationUntil, t.RetainsRank, t.Concurrent, t.Acting, t.StartedBy, t.EndedBy, t.AttestedBy, t.ConfirmedOn, t.ConfirmedBy);

        transaction.Commit();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter("$" + i, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
