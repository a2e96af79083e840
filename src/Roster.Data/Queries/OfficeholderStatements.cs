using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Data.Queries;

/// <summary>
/// The SQLite form of the point-in-time hot path: the statement <see cref="OfficeholderQuery"/> compiles,
/// hand-written and kept prepared on a small pool of read-only connections, because measurement showed EF Core
/// re-preparing it and opening a pooled connection on every call costs several times the statement itself
/// (docs/performance.md, profile). Same rows, same answer: the organisation row LEFT JOINed to the selected posts,
/// their tenures and holders; no row when no organisation has the name.
/// </summary>
/// <remarks>Each execution is its own read transaction, so it sees every committed order (WAL). Registered by
/// <see cref="RosterDatabase.AddRosterData(Microsoft.Extensions.DependencyInjection.IServiceCollection, DatabaseSettings)"/> for SQLite; without it <see cref="RosterQueries"/> runs the compiled EF query.
/// The query-plan test (tests/Roster.Scale.Tests) explains both statements and fails on a table scan.</remarks>
public sealed class OfficeholderStatements(string connectionString) : IDisposable
{
    /// <summary>The columns <see cref="ReadTenure"/> reads, in order (aliases: pe people, po posts, t tenures).</summary>
    public const string Columns =
        "pe.Name, po.Title, po.Rank, t.StartOn, t.KnownSince, t.EndOn, t.ProbationUntil, t.RetainsRank, t.Concurrent, t.Acting, " +
        "t.StartedBy, t.EndedBy, t.AttestedBy, t.ConfirmedOn, t.ConfirmedBy, t.PersonId, t.StartPrecision, t.EndPrecision";
    private const string Select = "SELECT " + Columns + " FROM organizations AS o ";
    private const string Joins =
        "LEFT JOIN tenures AS t ON t.PostId = po.Id LEFT JOIN people AS pe ON pe.Id = t.PersonId WHERE o.Name = $organization";

    /// <summary>The statement selecting the posts titled <c>$post</c>.</summary>
    public const string ByTitleSql = Select + "LEFT JOIN posts AS po ON po.OrganizationId = o.Id AND po.Title = $post " + Joins;

    /// <summary>The statement selecting the posts of rank <c>$post</c> (the rank's name, as stored).</summary>
    public const string ByRankSql = Select + "LEFT JOIN posts AS po ON po.OrganizationId = o.Id AND po.Rank = $post " + Joins;

    private readonly ConcurrentBag<Session> _sessions = [];

    /// <summary>Every recorded tenure of the posts of <paramref name="organization"/> (an exact, canonical name)
    /// chosen by <paramref name="selector"/>, in no particular order; null when no organisation has that name.</summary>
    public List<Tenure>? Tenures(string organization, PostSelector selector)
    {
        if (!_sessions.TryTake(out var session)) session = new Session(connectionString);
        try
        {
            var command = selector.Title is null ? session.ByRank : session.ByTitle;
            command.Parameters[0].Value = organization;
            command.Parameters[1].Value = selector.Title ?? (selector.Rank ?? throw new ArgumentException("a selector names a title or a rank", nameof(selector))).ToString();
            List<Tenure>? tenures = null;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    tenures ??= new List<Tenure>(4);
                    if (reader.IsDBNull(4)) continue; // the organisation without a tenure of the selected posts
                    tenures.Add(ReadTenure(reader, organization));
                }
            }
            _sessions.Add(session);
            return tenures;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The tenure in the current row of a statement selecting <see cref="Columns"/>, in that order.</summary>
    public static Tenure ReadTenure(SqliteDataReader reader, string organization) => new()
    {
        Person = reader.GetString(0),
        Post = new Post(organization, reader.GetString(1), Enum.Parse<PostRank>(reader.GetString(2))),
        StartOn = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
        KnownSince = reader.GetFieldValue<DateOnly>(4),
        EndOn = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
        ProbationUntil = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
        RetainsRank = reader.GetBoolean(7),
        Concurrent = reader.GetBoolean(8),
        Acting = reader.GetBoolean(9),
        StartedBy = reader.IsDBNull(10) ? null : reader.GetString(10),
        EndedBy = reader.IsDBNull(11) ? null : reader.GetString(11),
        AttestedBy = reader.IsDBNull(12) ? null : reader.GetString(12),
        ConfirmedOn = reader.IsDBNull(13) ? null : reader.GetFieldValue<DateOnly>(13),
        ConfirmedBy = reader.IsDBNull(14) ? null : reader.GetString(14),
        PersonId = reader.GetInt64(15),
        StartPrecision = (DatePrecision)reader.GetInt32(16),
        EndPrecision = (DatePrecision)reader.GetInt32(17),
    };

    /// <inheritdoc />
    public void Dispose()
    {
        while (_sessions.TryTake(out var session)) session.Dispose();
    }

    /// <summary>One read-only connection with both statements prepared.</summary>
    private sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;
        public SqliteCommand ByTitle { get; }
        public SqliteCommand ByRank { get; }

        public Session(string connectionString)
        {
            // Unpooled: query_only must not follow the native connection back into the pool that EF writes through.
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            _connection.Open();
            using (var readOnly = _connection.CreateCommand())
            {
                readOnly.CommandText = "PRAGMA query_only=ON;";
                readOnly.ExecuteNonQuery();
            }
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
