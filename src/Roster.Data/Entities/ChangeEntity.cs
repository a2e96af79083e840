namespace Roster.Data.Entities;

/// <summary>
/// One entry of the change feed, append-only: a tenure started, ended, changed or withdrawn by a recomputation, or a
/// roster version recorded. <see cref="Id"/> is the feed cursor: rows are inserted inside the write transaction and
/// writes are serialised (SQLite <c>BEGIN IMMEDIATE</c>; on PostgreSQL an advisory transaction lock), so id order is
/// commit order. Names are stored as text so the feed reads without joins and says what was true when it was written.
/// </summary>
public sealed class ChangeEntity
{
    /// <summary>The cursor: autoincrement, never reused.</summary>
    public long Id { get; set; }
    /// <summary>When the write that caused it was recorded (UTC).</summary>
    public DateTime RecordedAt { get; set; }
    /// <summary>TENURE_STARTED, TENURE_ENDED, TENURE_CHANGED, TENURE_WITHDRAWN, ROSTER_RECORDED, ROSTER_REPLACED, PEOPLE_MERGED or
    /// PEOPLE_SEPARATED.</summary>
    public required string Kind { get; set; }
    /// <summary>The order or roster notice whose recording caused it.</summary>
    public required string DocumentNumber { get; set; }
    /// <summary>The organisation of the post; for a roster, the group.</summary>
    public required string Organization { get; set; }
    /// <summary>The post title; null for a roster.</summary>
    public string? PostTitle { get; set; }
    /// <summary>The person's name; null for a roster.</summary>
    public string? Person { get; set; }
    /// <summary>The person's id (docs/identity.md); for PEOPLE_MERGED and PEOPLE_SEPARATED, the id that stops or starts
    /// answering on its own. Null for a roster and for entries written before ids were kept.</summary>
    public long? PersonId { get; set; }
    /// <summary>For PEOPLE_MERGED, the id that now answers for <see cref="PersonId"/>; for PEOPLE_SEPARATED, the id it answered
    /// as until then.</summary>
    public long? MergedIntoId { get; set; }
    /// <summary>The tenure as it stands (as it stood, when withdrawn): [StartOn, EndOn), KnownSince; for a roster, its effective date in KnownSince.</summary>
    public DateOnly? StartOn { get; set; }
    public DateOnly? KnownSince { get; set; }
    public DateOnly? EndOn { get; set; }
    /// <summary>How much of StartOn and EndOn is known (0 day, 1 month, 2 year; docs/time.md, imprecise dates).</summary>
    public Domain.Time.DatePrecision StartPrecision { get; set; }
    public Domain.Time.DatePrecision EndPrecision { get; set; }
    public DateOnly? ProbationUntil { get; set; }
    public string? StartedBy { get; set; }
    public string? EndedBy { get; set; }
    /// <summary>For TENURE_CHANGED and TENURE_ENDED: the known-since and end before the change.</summary>
    public DateOnly? PreviousKnownSince { get; set; }
    public DateOnly? PreviousEndOn { get; set; }
}
