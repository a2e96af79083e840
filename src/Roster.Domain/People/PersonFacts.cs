namespace Roster.Domain.People;

/// <summary>What the records say about one stored person id, as the rules about judgements and review read it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The canonical name its mentions write.</param>
/// <param name="Jurisdictions">The jurisdictions its mentions were issued in.</param>
/// <param name="RedirectsTo">The id a document link merged it into (it no longer has mentions of its own); null while live.</param>
public sealed record PersonFacts(long Id, string Name, IReadOnlyList<string> Jurisdictions, long? RedirectsTo = null);
