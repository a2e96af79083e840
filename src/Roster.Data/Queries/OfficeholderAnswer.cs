using Roster.Domain.Lineage;
using Roster.Domain.Tenures;

namespace Roster.Data.Queries;

/// <summary>The answer to a point-in-time officeholder question (<see cref="RosterQueries.AnswerOfficeholdersAsync"/>).</summary>
/// <param name="Organization">The name the answering organisation bore on the date (the canonical name asked about unless
/// <paramref name="Lineage"/> is set).</param>
/// <param name="OrganizationId">The answering organisation's id, when the lineage answered (the hot path does not read it).</param>
/// <param name="Answer">Coverage and holders.</param>
/// <param name="Lineage">Set when another name answered: the organisation, the name it bore and the linking event.</param>
/// <param name="Names">With <paramref name="Lineage"/>: the current names of the organisations its event involves, by id.</param>
public sealed record OfficeholderAnswer(string Organization, long? OrganizationId, Officeholders Answer, LineageAnswer? Lineage,
    IReadOnlyDictionary<long, string>? Names = null);
