namespace Roster.Domain.Tenures;

/// <summary>One attestation as it bears on one post's timeline: the person was in the post on <paramref name="On"/>.</summary>
/// <param name="On">The roster's effective date.</param>
/// <param name="Person">Canonical person name.</param>
/// <param name="SourceDocument">The roster's notice, e.g. <c>阳政办发〔2022〕2号</c>.</param>
public sealed record PostAttestation(DateOnly On, string Person, string SourceDocument);
