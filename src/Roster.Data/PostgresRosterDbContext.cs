using Microsoft.EntityFrameworkCore;

namespace Roster.Data;

/// <summary>
/// The Roster database on PostgreSQL: the same model as <see cref="RosterDbContext"/>, a type of its own only so
/// that EF keeps its migrations apart (<c>Migrations/Postgres</c>; EF's pattern of one context type per provider).
/// Every text column uses the <c>"C"</c> collation, so comparisons and ORDER BY are ordinal (by code point), as
/// SQLite's BINARY collation and <see cref="StringComparer.Ordinal"/> are, whatever the database's locale.
/// </summary>
public sealed class PostgresRosterDbContext(DbContextOptions<PostgresRosterDbContext> options) : RosterDbContext(options)
{
    /// <summary>The collation of every text column.</summary>
    public const string OrdinalCollation = "C";

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<string>().UseCollation(OrdinalCollation);
}
