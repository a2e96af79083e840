using Roster.Domain.People;

namespace Roster.Data.Entities;

/// <summary>A recorded judgement about two people (docs/identity.md): never updated or deleted; a later one about the same
/// pair replaces its effect.</summary>
public sealed class JudgementEntity
{
    public long Id { get; set; }
    /// <summary>The first person as the request named it.</summary>
    public long FirstId { get; set; }
    /// <summary>The second person as the request named it.</summary>
    public long SecondId { get; set; }
    public Verdict Verdict { get; set; }
    /// <summary>The clerk's reason, if given.</summary>
    public string? Note { get; set; }
    /// <summary>The office or key that recorded it.</summary>
    public string? SubmittedBy { get; set; }
    /// <summary>Server time of the commit, UTC.</summary>
    public DateTime RecordedAt { get; set; }
}
