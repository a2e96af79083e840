namespace Roster.Domain.Tenures;

/// <summary>What the records say about a post on a date (docs/time.md).</summary>
public enum Coverage
{
    /// <summary>At least one holder is recorded on that date.</summary>
    Held = 1,
    /// <summary>A recorded tenure ended on or before that date and nothing since could cover it.</summary>
    Vacant = 2,
    /// <summary>No record reaches that date.</summary>
    Unknown = 3,
}
