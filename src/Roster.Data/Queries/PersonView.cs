using Roster.Domain.Tenures;

namespace Roster.Data.Queries;

/// <summary>A person as the queries answer (docs/identity.md).</summary>
/// <param name="Id">The surviving id.</param>
/// <param name="Name">The canonical name (the survivor's).</param>
/// <param name="Names">Every name its ids' mentions write.</param>
/// <param name="Jurisdictions">Where its ids were first seen.</param>
/// <param name="MergedIds">Other ids answering as it (by judgement or document), ascending.</param>
/// <param name="RedirectedFrom">The id asked for, when it is one of <paramref name="MergedIds"/>.</param>
/// <param name="Tenures">Its tenures, by known-since date.</param>
/// <param name="Identifiers">Identifiers other registers give it or an id merged into it, by scheme then value.</param>
public sealed record PersonView(long Id, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Jurisdictions,
    IReadOnlyList<long> MergedIds, long? RedirectedFrom, IReadOnlyList<Tenure> Tenures,
    IReadOnlyList<Domain.People.ExternalIdentifier>? Identifiers = null);
