namespace Roster.Gazette;

/// <summary>What <see cref="GazetteParser.Read"/> found in a gazette text: its personnel notices in text order.
/// Documents that are not personnel notices (regulations, plans, group rosters) yield nothing.</summary>
/// <param name="Notices">The personnel notices, in the order they appear.</param>
public sealed record GazetteReadResult(IReadOnlyList<NoticeReading> Notices)
{
    /// <summary>A result with no notices.</summary>
    public static GazetteReadResult Empty { get; } = new([]);

    /// <summary>True when every notice was read without diagnostics (also when there are none).</summary>
    public bool IsClean => Notices.All(n => n.IsClean);
}
