using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Roster.Data.Bulk;

/// <summary>
/// Inserts a <see cref="StagedBatch"/> with one prepared INSERT per table, reused for every row, in one
/// transaction. Column names and value formats are those of the EF model and of Microsoft.Data.Sqlite's own
/// binding (enums as their names, dates as <c>yyyy-MM-dd</c>, times as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>,
/// booleans as 0/1), so EF reads the rows back exactly as if the ledger had written them.
/// </summary>
/// <remarks>
/// The statements are bound and stepped through SQLitePCLRaw (the native layer under Microsoft.Data.Sqlite) on
/// the connection's own handle and transaction: profiling the 20k load showed <c>SqliteParameter.Bind</c>
/// (inferring each value's type on every row) costing more than SQLite's insert itself (docs/performance.md).
/// </remarks>
public static class BulkRowWriter
{
    /// <summary>Writes <paramref name="batch"/> and commits; throws <see cref="SqliteException"/> (and rolls
    /// back) when SQLite refuses a row.</summary>
    public static void Write(SqliteConnection connection, StagedBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        var db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");

        using (var people = new PreparedInsert(db, "INSERT INTO people (Id, Name, Jurisdiction) VALUES (?, ?, ?)"))
            foreach (var p in batch.People) people.Run(p.Id, p.Name, p.Jurisdiction);

        using (var organizations = new PreparedInsert(db, "INSERT INTO organizations (Id, Name, Kind, ParentId) VALUES (?, ?, ?, ?)"))
            foreach (var o in batch.Organizations) organizations.Run(o.Id, o.Name, o.Kind, o.ParentId);

        using (var posts = new PreparedInsert(db, "INSERT INTO posts (Id, OrganizationId, Title, Rank) VALUES (?, ?, ?, ?)"))
            foreach (var p in batch.Posts) posts.Run(p.Id, p.OrganizationId, p.Title, p.Rank.ToString());

        using (var orders = new PreparedInsert(db,
            "INSERT INTO orders (Id, DocumentNumber, Issuer, Title, DecisionBody, DecidedOn, IssuedOn, EffectiveOn, SourceGazette, SourceLineStart, SourceLineEnd, SubmittedBy, RecordedAt) " +
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            foreach (var o in batch.Orders)
                orders.Run(o.Id, o.DocumentNumber, o.Issuer, o.Title, o.DecisionBody, o.DecidedOn, o.IssuedOn, o.EffectiveOn,
                    o.SourceGazette, o.SourceLineStart, o.SourceLineEnd, o.SubmittedBy, o.RecordedAt);

        using (var items = new PreparedInsert(db,
            "INSERT INTO order_items (Id, OrderId, Position, Action, PersonId, PersonReason, PostId, Probation, RetainsRank, Concurrent, Acting, Note) " +
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            foreach (var i in batch.Items)
                items.Run(i.Id, i.OrderId, i.Position, i.Action.ToString(), i.PersonId, i.PersonReason.ToString(), i.PostId, i.Probation, i.RetainsRank,
                    i.Concurrent, i.Acting, i.Note);

        using (var tenures = new PreparedInsert(db,
            "INSERT INTO tenures (Id, PostId, PersonId, StartOn, KnownSince, EndOn, ProbationUntil, RetainsRank, Concurrent, Acting, StartedBy, EndedBy, AttestedBy, ConfirmedOn, ConfirmedBy) " +
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            foreach (var t in batch.Tenures)
                tenures.Run(t.Id, t.PostId, t.PersonId, t.StartOn, t.KnownSince, t.EndOn, t.ProbationUntil, t.RetainsRank, t.Concurrent, t.Acting,
                    t.StartedBy, t.EndedBy, t.AttestedBy, t.ConfirmedOn, t.ConfirmedBy);

        transaction.Commit();
    }

    /// <summary>One prepared statement on a native handle: bind by position, step, reset.</summary>
    private sealed class PreparedInsert : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;

        public PreparedInsert(sqlite3 db, string sql)
        {
            _db = db;
            Check(raw.sqlite3_prepare_v2(db, sql, out _statement));
        }

        public void Run(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++) Check(Bind(i + 1, values[i]));
            var rc = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (rc != raw.SQLITE_DONE) Check(rc);
        }

        private int Bind(int index, object? value) => value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            long v => raw.sqlite3_bind_int64(_statement, index, v),
            int v => raw.sqlite3_bind_int64(_statement, index, v),
            bool v => raw.sqlite3_bind_int64(_statement, index, v ? 1 : 0),
            string v => BindText(index, v),
            DateOnly v => BindDate(index, v),
            DateTime v => raw.sqlite3_bind_text(_statement, index, v.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"no SQLite binding for {value.GetType().Name}", nameof(value)),
        };

        // yyyy-MM-dd straight into UTF-8: dates are a third of the bound values, and formatting them as strings
        // first allocated two objects each.
        private int BindDate(int index, DateOnly value)
        {
            Span<byte> text = stackalloc byte[10];
            value.TryFormat(text, out var written, @"yyyy\-MM\-dd", CultureInfo.InvariantCulture);
            return raw.sqlite3_bind_text(_statement, index, text[..written]);
        }

        // UTF-8 into a stack buffer for the short texts that almost every column holds; SQLite copies it
        // (SQLITE_TRANSIENT), so nothing outlives the call.
        private int BindText(int index, string value)
        {
            if (value.Length > 256) return raw.sqlite3_bind_text(_statement, index, value);
            Span<byte> text = stackalloc byte[value.Length * 3];
            return raw.sqlite3_bind_text(_statement, index, text[..System.Text.Encoding.UTF8.GetBytes(value, text)]);
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK) throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_db));
        }

        public void Dispose() => _statement?.Dispose();
    }
}
