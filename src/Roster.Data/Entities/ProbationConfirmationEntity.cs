namespace Roster.Data.Entities;

/// <summary>
/// A probation confirmation recorded through <c>ProbationService.ConfirmProbation</c> (not by an order): never changed or
/// deleted once stored; one row per (person, post, confirmed_on, source). It flows into the post's derived tenures like an
/// order item (docs/decisions.md, probation).
/// </summary>
public sealed class ProbationConfirmationEntity
{
    /// <summary>Longest source text, in characters.</summary>
    public const int MaxSourceLength = 200;

    public long Id { get; set; }
    public long PersonId { get; set; }
    public PersonEntity Person { get; set; } = null!;
    /// <summary>Why the mention resolved to its person (docs/identity.md).</summary>
    public global::Roster.Domain.People.MentionReason PersonReason { get; set; } = global::Roster.Domain.People.MentionReason.Migrated;
    public long PostId { get; set; }
    public PostEntity Post { get; set; } = null!;
    public DateOnly ConfirmedOn { get; set; }
    /// <summary>A document reference or free text naming where the confirmation is recorded.</summary>
    public required string Source { get; set; }
    /// <summary>The submitting office or key.</summary>
    public string? SubmittedBy { get; set; }
    /// <summary>When the server recorded it (UTC).</summary>
    public DateTime RecordedAt { get; set; }
}
