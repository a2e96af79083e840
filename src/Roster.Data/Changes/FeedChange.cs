namespace Roster.Data.Changes;

/// <summary>A stored change-feed entry as read (<see cref="Entities.ChangeEntity"/>; the fields are documented there).</summary>
public sealed record FeedChange(long Cursor, DateTime RecordedAt, string Kind, string DocumentNumber, string Organization, string? PostTitle,
    string? Person, DateOnly? StartOn, DateOnly? KnownSince, DateOnly? EndOn, DateOnly? ProbationUntil, string? StartedBy, string? EndedBy,
    DateOnly? PreviousKnownSince, DateOnly? PreviousEndOn, long? PersonId = null, long? MergedIntoId = null,
    Domain.Time.DatePrecision StartPrecision = Domain.Time.DatePrecision.Day, Domain.Time.DatePrecision EndPrecision = Domain.Time.DatePrecision.Day);
