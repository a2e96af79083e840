using Microsoft.Data.Sqlite;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Integrity;

/// <summary>The server's <c>changes</c> table read directly, to check what the feed streams against what is stored.</summary>
internal static class FeedTable
{
    /// <summary>Every cursor stored, ascending.</summary>
    public static IReadOnlyList<long> Cursors(this RosterServerHost host)
    {
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM changes ORDER BY Id";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>The last cursor stored (0 when none).</summary>
    public static long LastCursor(this RosterServerHost host) => host.Cursors() is { Count: > 0 } ids ? ids[^1] : 0;
}
