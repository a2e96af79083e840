using Roster.Domain.Tenures;

namespace Roster.Domain.Groups;

/// <summary>A seat of a roster with, for an ex-officio seat, who held it on the date asked about.</summary>
/// <param name="Seat">The seat as recorded.</param>
/// <param name="Basis">What an ex-officio seat was resolved through ("HEAD of 阳泉市能源局", "portfolio 能源", "unresolvable"); null for other seats or when not resolved.</param>
/// <param name="Answer">Coverage and holders on the date for an ex-officio seat (UNKNOWN when unresolvable); null for other seats or when not resolved.</param>
public sealed record SeatAnswer(Seat Seat, string? Basis, Officeholders? Answer);
