using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Roster.Data.Queries;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Bench.Server;

/// <summary>
/// The storage-limit baseline: who held a post on a date, read with one hand-written SQL statement, prepared
/// once per pooled connection and reused. It reads the same rows as the EF query (every tenure of the selected
/// posts, through the (PostId, KnownSince, EndOn) index) and answers with the same
/// <see cref="Officeholders.On"/>, so the two differ only in the data access. SQLite only (Microsoft.Data.Sqlite,
/// <c>$name</c> parameters); <see cref="BenchHost"/> refuses to start it on PostgreSQL.
/// </summary>
public sealed class RawOfficeholderStatements(string connectionString) : IDisposable
{
    private const string Select =
        "SELECT " + OfficeholderStatements.Columns + " " +
        "FROM organizations o JOIN posts po ON po.OrganizationId = o.Id JOIN tenures t ON t.PostId = po.Id JOIN people pe ON pe.Id = t.PersonId ";

    /// <summary>The statement selecting by title.</summary>
    public const string ByTitleSql = Select + "WHERE o.Name = $organization AND po.Title = $post";
    /// <summary>The statement selecting by rank.</summary>
    public const string ByRankSql = Select + "WHERE o.Name = $organization AND po.Rank = $post";

    private readonly ConcurrentBag<Session> _sessions = [];

    /// <summary>The holders of the posts of <paramref name="organization"/> titled <paramref name="title"/>
    /// (or of rank <paramref name="rank"/> when the title is null) on <paramref name="asOf"/>.</summary>
    public Officeholders Answer(string organization, string? title, PostRank rank, DateOnly asOf)
    {
        if (!_sessions.TryTake(out var session)) session = new Session(connectionString);
        try
        {
            var command = title is null ? session.ByRank : session.ByTitle;
            command.Parameters[0].Value = organization;
            command.Parameters[1].Value = title ?? rank.ToString();
            var tenures = new List<Tenure>(4);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    tenures.Add(OfficeholderStatements.ReadTenure(reader, organization));
                }
            }
            _sessions.Add(session);
            return Officeholders.On(asOf, tenures);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_sessions.TryTake(out var session)) session.Dispose();
    }

    private sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;
        public SqliteCommand ByTitle { get; }
        public SqliteCommand ByRank { get; }

        public Session(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            ByTitle = Prepare(ByTitleSql);
            ByRank = Prepare(ByRankSql);
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new SqliteParameter("$organization", SqliteType.Text));
            command.Parameters.Add(new SqliteParameter("$post", SqliteType.Text));
            command.Prepare();
            return command;
        }

        public void Dispose()
        {
            ByTitle.Dispose();
            ByRank.Dispose();
            _connection.Dispose();
        }
    }
}
