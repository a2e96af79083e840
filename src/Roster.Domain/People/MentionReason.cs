namespace Roster.Domain.People;

/// <summary>Why a mention belongs to the person it resolved to (docs/identity.md, resolution rules), strongest first.</summary>
public enum MentionReason
{
    /// <summary>The request named the person's id.</summary>
    ExplicitId = 1,
    /// <summary>Another mention of the same name in the same document (removed from A and appointed to B in one order) links it.</summary>
    LinkedByDocument = 2,
    /// <summary>The same name in the same post in another document: the removal, confirmation or attestation of the holder.</summary>
    HoldsPost = 3,
    /// <summary>The same name in the same jurisdiction with nothing against it: linked by name only.</summary>
    NameInJurisdiction = 4,
    /// <summary>The only mention of this person so far.</summary>
    OnlyMention = 5,
    /// <summary>Recorded before people had ids: one person per distinct name.</summary>
    Migrated = 6,
}
