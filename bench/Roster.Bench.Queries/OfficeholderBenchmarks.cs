using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Roster.Bench.Dataset;
using Roster.Data;
using Roster.Data.Queries;
using Roster.Domain.Posts;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;
using Roster.Bench.Server;

namespace Roster.Bench.Queries;

/// <summary>
/// One point-in-time question per operation, cycling through 1,024 drawn like the load driver's, on the database
/// named by <c>ROSTER_BENCH_DB</c> (generated with size <c>ROSTER_BENCH_SIZE</c>, default 20k). <see cref="Product"/> is
/// the product path (a pooled context, <see cref="RosterQueries.OfficeholdersAsync"/>); <see cref="EfCompiled"/> the same
/// through the compiled EF query; <see cref="Raw"/> the prepared statement of the storage baseline;
/// <see cref="RawUnprepared"/> the same SQL prepared on every call.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(10)]
public class OfficeholderBenchmarks
{
    private PooledDbContextFactory<RosterDbContext> _factory = null!;
    private RawOfficeholderStatements _raw = null!;
    private OfficeholderStatements _statements = null!;
    private ReferenceTables _tables = null!;
    private (string Organization, string? Title, PostRank Rank, DateOnly AsOf)[] _questions = [];
    private int _next;
    private string _connectionString = "";

    /// <summary>Opens the database and draws the questions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("ROSTER_BENCH_DB") ?? throw new InvalidOperationException("set ROSTER_BENCH_DB");
        var connectionString = _connectionString = $"Data Source={path}";
        var options = new DbContextOptionsBuilder<RosterDbContext>();
        RosterDatabase.Configure(options, connectionString);
        _factory = new PooledDbContextFactory<RosterDbContext>(options.Options);
        _raw = new RawOfficeholderStatements(connectionString);
        _statements = new OfficeholderStatements(connectionString);
        _tables = ReferenceTables.Load(ReferenceTables.FindSeedDirectory(AppContext.BaseDirectory)
            ?? ReferenceTables.FindSeedDirectory(Directory.GetCurrentDirectory()) ?? throw new InvalidOperationException("no seed/"));
        var shape = DatasetShape.Named(Environment.GetEnvironmentVariable("ROSTER_BENCH_SIZE") ?? "20k", 1);
        var generator = new DatasetGenerator(shape);
        var random = new Random(1);
        _questions = Enumerable.Range(0, 1024).Select(_ =>
        {
            var (organization, head) = generator.OrganizationsOf(random.Next(shape.Jurisdictions)).ElementAt(random.Next(shape.Organizations));
            var asOf = new DateOnly(shape.FirstYear, 1, 1).AddDays(random.Next(365 * shape.Years));
            return random.Next(2) == 0 ? (organization, (string?)null, PostRank.Head, asOf) : (organization, "副" + head, PostRank.Deputy, asOf);
        }).ToArray();
    }

    /// <summary>Releases the statements.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _statements.Dispose();
    }

    /// <summary>The product path: <see cref="RosterQueries.OfficeholdersAsync"/> on a pooled context, answered by the
    /// prepared <see cref="OfficeholderStatements"/> (as the server registers it for SQLite).</summary>
    [Benchmark]
    public async Task<Officeholders> Product()
    {
        var q = _questions[_next++ & 1023];
        await using var db = _factory.CreateDbContext();
        var selector = q.Title is { } title ? PostSelector.ByTitle(title) : PostSelector.ByRank(q.Rank);
        return (await new RosterQueries(db, _tables, _statements).OfficeholdersAsync(q.Organization, selector, q.AsOf, CancellationToken.None)).Answer;
    }

    /// <summary>The same without the prepared statements: the compiled EF query (what another provider runs).</summary>
    [Benchmark]
    public async Task<Officeholders> EfCompiled()
    {
        var q = _questions[_next++ & 1023];
        await using var db = _factory.CreateDbContext();
        var selector = q.Title is { } title ? PostSelector.ByTitle(title) : PostSelector.ByRank(q.Rank);
        return (await new RosterQueries(db, _tables).OfficeholdersAsync(q.Organization, selector, q.AsOf, CancellationToken.None)).Answer;
    }

    /// <summary>The raw SQL without the statement kept prepared: a pooled connection opened with the server's pragmas
    /// and the statement prepared on every call, as EF does; rows read, no answer built.</summary>
    [Benchmark]
    public int RawUnprepared()
    {
        var q = _questions[_next++ & 1023];
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_connectionString);
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
            pragmas.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = q.Title is null ? RawOfficeholderStatements.ByRankSql : RawOfficeholderStatements.ByTitleSql;
        command.Parameters.AddWithValue("$organization", q.Organization);
        command.Parameters.AddWithValue("$post", q.Title ?? q.Rank.ToString());
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }

    /// <summary>The storage baseline: one prepared statement, same domain answer.</summary>
    [Benchmark(Baseline = true)]
    public Officeholders Raw()
    {
        var q = _questions[_next++ & 1023];
        return _raw.Answer(q.Organization, q.Title, q.Rank, q.AsOf);
    }
}
