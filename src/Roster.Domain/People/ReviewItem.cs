namespace Roster.Domain.People;

/// <summary>
/// A question for a clerk (docs/identity.md): two people of one name that no record links, e.g. 王平 of 阳泉市 and 王平 of
/// 太原市. Open until a <see cref="Verdict.Same"/> or <see cref="Verdict.Different"/> judgement answers it.
/// </summary>
/// <param name="Kind">Always <see cref="PossibleSamePerson"/> for now.</param>
/// <param name="Name">The shared name.</param>
/// <param name="First">The lower surviving id.</param>
/// <param name="Second">The higher.</param>
/// <param name="FirstJurisdictions">Where the first person's mentions were issued.</param>
/// <param name="SecondJurisdictions">Where the second's were.</param>
/// <param name="JudgedUnsure">True when the latest judgement about them was <see cref="Verdict.Unsure"/>.</param>
public sealed record ReviewItem(string Kind, string Name, long First, long Second, IReadOnlyList<string> FirstJurisdictions,
    IReadOnlyList<string> SecondJurisdictions, bool JudgedUnsure)
{
    /// <summary>The kind of a review item about two people of one name.</summary>
    public const string PossibleSamePerson = "POSSIBLE_SAME_PERSON";
}
