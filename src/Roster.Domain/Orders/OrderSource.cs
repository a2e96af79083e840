namespace Roster.Domain.Orders;

/// <summary>Where an order came from: a gazette file and the 1-based inclusive line span of the notice,
/// and/or the submitting office. Not part of an order's content (the same order read from a gazette
/// and typed by a clerk is one order).</summary>
public sealed record OrderSource(string? Gazette, int? LineStart, int? LineEnd, string? SubmittedBy)
{
    /// <summary>No source recorded.</summary>
    public static OrderSource None { get; } = new(null, null, null, null);
}
