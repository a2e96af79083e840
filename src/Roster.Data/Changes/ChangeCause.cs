namespace Roster.Data.Changes;

/// <summary>What caused a recomputation: the order or roster notice being recorded, and when (UTC).</summary>
public sealed record ChangeCause(string DocumentNumber, DateTime RecordedAt);
