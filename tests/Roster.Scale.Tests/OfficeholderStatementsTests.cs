using Roster.Bench.Dataset;
using Roster.Data.Queries;
using Roster.Domain.Errors;
using Roster.Domain.Posts;
using Roster.Testing;

namespace Roster.Scale.Tests;

/// <summary>The server answers the point-in-time question on SQLite from <see cref="OfficeholderStatements"/>; other
/// providers from the compiled EF query. Both must give the same answer to every question, unknown names included.</summary>
public sealed class OfficeholderStatementsTests
{
    [Fact]
    public async Task Prepared_statements_answer_as_the_compiled_query_does()
    {
        using var database = await ScratchDatabase.CreateAsync();
        var shape = DatasetShape.Named("tiny", seed: 1);
        database.BulkLoad(shape);
        var generator = new DatasetGenerator(shape);
        using var statements = new OfficeholderStatements(database.ConnectionString);
        await using var db = database.Context();
        var prepared = new RosterQueries(db, SeedFacts.Tables, statements);
        var compiled = new RosterQueries(db, SeedFacts.Tables);

        var compared = 0;
        var held = 0;
        foreach (var (organization, head) in Enumerable.Range(0, shape.Jurisdictions).SelectMany(generator.OrganizationsOf))
        {
            foreach (var selector in new[] { PostSelector.ByRank(PostRank.Head), PostSelector.ByRank(PostRank.Deputy),
                         PostSelector.ByTitle("副" + head), PostSelector.ByTitle("没有的职务") })
            {
                for (var year = shape.FirstYear - 1; year <= shape.FirstYear + shape.Years; year++)
                {
                    var asOf = new DateOnly(year, 7, 1);
                    var expected = await compiled.OfficeholdersAsync(organization, selector, asOf, CancellationToken.None);
                    var actual = await prepared.OfficeholdersAsync(organization, selector, asOf, CancellationToken.None);
                    Assert.Equal(expected.Organization, actual.Organization);
                    Assert.Equal(expected.Answer.Coverage, actual.Answer.Coverage);
                    Assert.Equal(expected.Answer.Holders, actual.Answer.Holders);
                    compared++;
                    if (actual.Answer.Holders.Count > 0) held++;
                }
            }
        }
        Assert.True(held > compared / 4, $"only {held} of {compared} answers hold anyone: the comparison says little");

        var unknown = await Assert.ThrowsAsync<NotFoundException>(() =>
            prepared.OfficeholdersAsync("没有的机关", PostSelector.ByRank(PostRank.Head), new DateOnly(2020, 1, 1), CancellationToken.None));
        Assert.Equal(RosterQueries.UnknownOrganizationReason, unknown.Reason);
    }
}
