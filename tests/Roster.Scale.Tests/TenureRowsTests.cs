using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Data.Ledger;
using Roster.Data.Queries;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Domain.Time;
using Roster.Testing;

namespace Roster.Scale.Tests;

/// <summary>The tenure mapping (<see cref="TenureRows"/>) keeps every field of a tenure, both ways, on every read path: a loaded
/// row, the SQL projection and the officeholder hot path.</summary>
public sealed class TenureRowsTests
{
    private static readonly Post SupportPost = new("阳泉市公安局国内安全保卫支队", "支队长", PostRank.Head);

    /// <summary>Every field set, none to its default: 岳江's tenure as the seed and a confirmation record it, with an end and
    /// an attestation added so that no field is left empty, and precisions that are not a day (a month for the start, a year
    /// for the end: docs/time.md, imprecise dates), so the round trips show both precision columns kept.</summary>
    private static readonly Tenure Every = new()
    {
        Person = "岳江",
        PersonId = 17,
        Post = SupportPost,
        StartOn = new DateOnly(2022, 1, 12),
        StartPrecision = DatePrecision.Month,
        KnownSince = new DateOnly(2022, 1, 12),
        EndOn = new DateOnly(2024, 3, 1),
        EndPrecision = DatePrecision.Year,
        ProbationUntil = new DateOnly(2023, 1, 12),
        RetainsRank = true,
        Concurrent = true,
        Acting = true,
        StartedBy = "阳政任字〔2022〕1号",
        EndedBy = "阳政任字〔2024〕3号",
        AttestedBy = "阳政办函〔2022〕99号",
        ConfirmedOn = new DateOnly(2023, 1, 12),
        ConfirmedBy = "阳泉市公安局2023年1月试用期考核",
    };

    [Fact]
    public void The_test_tenure_sets_every_field_of_a_tenure()
    {
        var unset = typeof(Tenure).GetProperties().Where(p => p.CanWrite)
            .Where(p => Equals(p.GetValue(Every), p.PropertyType.IsValueType ? Activator.CreateInstance(p.PropertyType) : null))
            .Select(p => p.Name).ToList();
        Assert.Empty(unset);
    }

    [Fact]
    public void A_tenure_written_to_a_row_and_read_back_is_the_same_tenure()
    {
        Assert.Equal(Every, Every.ToEntity().ToDomain(Every.Person, Every.Post));
    }

    [Fact]
    public async Task A_stored_tenure_reads_back_whole_through_the_projection_a_loaded_row_and_the_officeholder_query()
    {
        using var database = await ScratchDatabase.CreateAsync();
        await using (var db = database.Context())
        {
            var row = Every.ToEntity();
            row.Person = new PersonEntity { Id = Every.PersonId!.Value, Name = Every.Person };
            row.Post = new PostEntity
            {
                Organization = new OrganizationEntity { Name = SupportPost.Organization }, Title = SupportPost.Title, Rank = SupportPost.Rank,
            };
            db.Tenures.Add(row);
            await db.SaveChangesAsync();
        }

        await using var read = database.Context();
        var projected = await read.Tenures.AsNoTracking().Select(TenureRows.Projection).SingleAsync();
        var loaded = (await read.Tenures.AsNoTracking().Include(t => t.Person).SingleAsync()).ToDomain(SupportPost);
        var (_, answer) = await new RosterQueries(read, SeedFacts.Tables)
            .OfficeholdersAsync(SupportPost.Organization, PostSelector.ByTitle(SupportPost.Title), new DateOnly(2023, 6, 1), CancellationToken.None);

        Assert.Equal(Every, projected);
        Assert.Equal(Every, loaded);
        Assert.Equal(Every, Assert.Single(answer.Holders));
    }
}
