using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Roster.Bench.Dataset;
using Roster.Data.Queries;
using Roster.Domain.Posts;
using Roster.Bench.Server;
using Roster.Testing;

namespace Roster.Scale.Tests;

/// <summary>docs/performance.md: the point-in-time path stays index lookups. Every statement the officeholder query
/// sends (captured from EF as it runs), the prepared statements the server answers it with on SQLite
/// (<see cref="OfficeholderStatements"/>) and the raw baseline statements are explained; a table SCAN fails the test
/// (SQLite's SCAN CONSTANT ROW of an EXISTS probe reads no table).</summary>
public sealed class QueryPlanTests
{
    [Fact]
    public async Task Officeholder_queries_search_indexes_and_never_scan()
    {
        using var database = await ScratchDatabase.CreateAsync();
        var shape = DatasetShape.Named("tiny", seed: 1);
        database.BulkLoad(shape);
        var (organization, head) = new DatasetGenerator(shape).OrganizationsOf(0).First();

        var capture = new CommandCapture();
        await using (var db = database.Context(capture))
        {
            var queries = new RosterQueries(db, SeedFacts.Tables); // without the prepared statements: the compiled EF query
            await queries.OfficeholdersAsync(organization, PostSelector.ByRank(PostRank.Head), new DateOnly(2020, 6, 1), CancellationToken.None);
            await queries.OfficeholdersAsync(organization, PostSelector.ByTitle("副" + head), new DateOnly(2020, 6, 1), CancellationToken.None);
        }
        capture.Statements.Add((OfficeholderStatements.ByTitleSql, [("$organization", organization), ("$post", "副" + head)]));
        capture.Statements.Add((OfficeholderStatements.ByRankSql, [("$organization", organization), ("$post", "Head")]));
        capture.Statements.Add((RawOfficeholderStatements.ByTitleSql, [("$organization", organization), ("$post", head)]));
        capture.Statements.Add((RawOfficeholderStatements.ByRankSql, [("$organization", organization), ("$post", "Head")]));

        Assert.Contains(capture.Statements, s => s.Sql.Contains("tenures", StringComparison.Ordinal));
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        foreach (var (sql, parameters) in capture.Statements)
        {
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            var plan = new List<string>();
            using (var reader = explain.ExecuteReader())
                while (reader.Read()) plan.Add(reader.GetString(3));
            Assert.True(plan.All(step => !step.StartsWith("SCAN", StringComparison.Ordinal) || step == "SCAN CONSTANT ROW"),
                $"table scan in the point-in-time path:\n{sql}\n-- plan:\n{string.Join("\n", plan)}");
            if (sql.Contains("tenures", StringComparison.Ordinal))
                Assert.Contains(plan, step => step.Contains("IX_tenures_PostId_KnownSince_EndOn", StringComparison.Ordinal));
        }
    }

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object? Value)> Parameters)> Statements { get; } = [];

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command) => Statements.Add((command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
    }
}
