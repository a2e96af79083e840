namespace Roster.Data.Queries;

/// <summary>Where a page starts (docs/decisions.md 69): after the row whose sort key is <see cref="After"/> for a list read from
/// an index (keyset paging), or at <see cref="Offset"/> for a list built in memory (an as-recorded derivation, the people of a
/// name).</summary>
/// <param name="After">The previous page's last sort key; null for the first page or an offset list.</param>
/// <param name="Offset">Rows to skip in an in-memory list.</param>
public sealed record PageCursor(IReadOnlyList<string>? After, int Offset)
{
    /// <summary>The first page.</summary>
    public static PageCursor First { get; } = new(null, 0);
}

/// <summary>One page of a list and where the next one starts (null on the last page).</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed record Page<T>(IReadOnlyList<T> Items, PageCursor? Next);
