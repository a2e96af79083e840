namespace Roster.Domain.Lineage;

/// <summary>What the lineage rules need to know of a recorded organisation: its id, the name it bears now and the earliest
/// date anything recorded about it starts (a tenure's start or known-since date; null when nothing is).</summary>
public sealed record OrganizationFacts(long Id, string Name, DateOnly? FirstRecord);
