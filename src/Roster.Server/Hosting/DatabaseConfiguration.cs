using Roster.Data;

namespace Roster.Server.Hosting;

/// <summary>The one place the server reads which database it uses: <c>Roster:Database</c> (<c>Sqlite</c>, the default,
/// or <c>Postgres</c>), <c>ConnectionStrings:Roster</c> and <c>Roster:SqliteMaxSizeKiB</c>.</summary>
public static class DatabaseConfiguration
{
    /// <summary>The configuration key of the provider.</summary>
    public const string ProviderKey = "Roster:Database";

    /// <summary>The configuration key of the SQLite size cap in KiB (<see cref="DatabaseSettings.SqliteMaxSizeKiB"/>).</summary>
    public const string MaxSizeKey = "Roster:SqliteMaxSizeKiB";

    /// <summary>Reads the settings. Throws <see cref="InvalidOperationException"/> (the server does not start) for an
    /// unknown provider or PostgreSQL without a connection string.</summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var text = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(text) && (!Enum.TryParse(text, ignoreCase: true, out provider) || !Enum.IsDefined(provider)))
            throw new InvalidOperationException($"{ProviderKey} is '{text}'; use Sqlite or Postgres");
        var connectionString = configuration.GetConnectionString("Roster");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException($"{ProviderKey}=Postgres needs ConnectionStrings:Roster (Host=…;Database=…;Username=…;Password=…)");
            connectionString = RosterDatabase.DefaultConnectionString;
        }
        var maxSize = configuration[MaxSizeKey];
        long? maxSizeKiB = null;
        if (!string.IsNullOrWhiteSpace(maxSize))
        {
            if (!long.TryParse(maxSize, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kib) || kib < 64)
                throw new InvalidOperationException($"{MaxSizeKey} is '{maxSize}'; give a whole number of KiB, at least 64");
            maxSizeKiB = kib;
        }
        return new DatabaseSettings(provider, connectionString) { SqliteMaxSizeKiB = maxSizeKiB };
    }
}
