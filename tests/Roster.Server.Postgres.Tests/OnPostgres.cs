using System.Runtime.CompilerServices;
using Roster.Data;
using Roster.Testing.Hosting;

namespace Roster.Server.Postgres.Tests;

/// <summary>Makes every <see cref="RosterServerHost"/> of this assembly run on a fresh PostgreSQL database.</summary>
internal static class OnPostgres
{
    [ModuleInitializer]
    internal static void UsePostgres() => TestDatabase.Provider = DatabaseProvider.Postgres;
}

/// <summary>A fact that runs only when <see cref="TestDatabase.PostgresVariable"/> names a PostgreSQL server, and
/// otherwise is skipped with that reason. In this assembly <c>[Fact]</c> means this attribute.</summary>
public sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    /// <summary>Sets <see cref="Xunit.FactAttribute.Skip"/> when PostgreSQL is not available.</summary>
    public PostgresFactAttribute() => Skip = TestDatabase.PostgresSkipReason!;
}

/// <summary>A theory that runs only when <see cref="TestDatabase.PostgresVariable"/> names a PostgreSQL server, and
/// otherwise is skipped with that reason. In this assembly <c>[Theory]</c> means this attribute.</summary>
public sealed class PostgresTheoryAttribute : Xunit.TheoryAttribute
{
    /// <summary>Sets <see cref="Xunit.FactAttribute.Skip"/> when PostgreSQL is not available.</summary>
    public PostgresTheoryAttribute() => Skip = TestDatabase.PostgresSkipReason!;
}
