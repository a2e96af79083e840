using Microsoft.EntityFrameworkCore.Design;

namespace Roster.Data;

// Two migration sets, one per provider (EF's "one context type per provider" pattern). After changing the model,
// add the migration to BOTH sets, from the root of the checkout, with the same NAME:
//
//   dotnet tool restore
//   dotnet dotnet-ef migrations add NAME --project src/Roster.Data --context RosterDbContext --output-dir Migrations/Sqlite
//   dotnet dotnet-ef migrations add NAME --project src/Roster.Data --context PostgresRosterDbContext --output-dir Migrations/Postgres
//
// Neither command connects to a database. Tests run the server suite on both providers (README, "PostgreSQL").

/// <summary>Lets <c>dotnet ef migrations add --context RosterDbContext</c> build the SQLite context without the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RosterDbContext>
{
    public RosterDbContext CreateDbContext(string[] args) =>
        RosterDatabase.CreateContext(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresRosterDbContext</c> build the PostgreSQL context
/// without the server (no connection is opened).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRosterDbContext>
{
    public PostgresRosterDbContext CreateDbContext(string[] args) =>
        (PostgresRosterDbContext)RosterDatabase.CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=roster_design_time"));
}
