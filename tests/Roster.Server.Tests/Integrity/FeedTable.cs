using Roster.Testing.Hosting;

namespace Roster.Server.Tests.Integrity;

/// <summary>The server's <c>changes</c> table read directly, to check what the feed streams against what is stored.</summary>
internal static class FeedTable
{
    /// <summary>Every cursor stored, ascending.</summary>
    public static IReadOnlyList<long> Cursors(this RosterServerHost host) =>
        host.WithDatabase(db => db.Changes.OrderBy(c => c.Id).Select(c => c.Id).ToList());

    /// <summary>The last cursor stored (0 when none).</summary>
    public static long LastCursor(this RosterServerHost host) => host.Cursors() is { Count: > 0 } ids ? ids[^1] : 0;
}
