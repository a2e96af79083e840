using Roster.Domain.Posts;

namespace Roster.Domain.Probation;

/// <summary>A validated probation confirmation recorded through the API (试用期满考核合格，正式任职).</summary>
/// <param name="Person">Canonical person name.</param>
/// <param name="Post">The post, organisation canonical.</param>
/// <param name="ConfirmedOn">The confirmation date.</param>
/// <param name="Source">Where it is recorded (a document reference or free text), compacted.</param>
/// <param name="SubmittedBy">The submitting office or key, if known.</param>
public sealed record Confirmation(string Person, Post Post, DateOnly ConfirmedOn, string Source, string? SubmittedBy)
{
    /// <summary>This confirmation as it bears on its post's timeline.</summary>
    public PostConfirmation ForTimeline() => new(ConfirmedOn, Person, Source);
}
