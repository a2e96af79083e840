namespace Roster.Domain.Lineage;

/// <summary>
/// One recorded lineage event of the organisation <see cref="OrganizationId"/> (docs/identity.md, organisations), effective on
/// <see cref="EffectiveOn"/> (a calendar date: the organisation bears the new state from that day).
/// </summary>
/// <param name="OrganizationId">The organisation the event happened to (organizations/{id}).</param>
/// <param name="Kind">What happened.</param>
/// <param name="EffectiveOn">The day it took effect.</param>
/// <param name="Source">Where it is recorded: a document number, "seed file" or the office or key that called RecordLineage.</param>
/// <param name="FormerName">RENAMED: the name borne before the date.</param>
/// <param name="NewName">RENAMED: the name borne from the date; ESTABLISHED: the name it was set up under.</param>
/// <param name="RelatedId">MERGED_INTO: the organisation it was merged into; SPLIT_FROM: the one it was split off; RENAMED onto a
/// name another record already bears (a continuation, <see cref="IsContinuation"/>): that record, which carries the organisation on.</param>
public sealed record LineageEvent(long OrganizationId, LineageKind Kind, DateOnly EffectiveOn, string Source,
    string? FormerName = null, string? NewName = null, long? RelatedId = null)
{
    /// <summary>True for a rename onto a name another organisation record already bears, one with nothing recorded before the
    /// rename (the renamed body was recorded under that name before the rename was): from the date that record carries the
    /// organisation on, and this one answers for the dates before (docs/identity.md, organisations).</summary>
    public bool IsContinuation => Kind == LineageKind.Renamed && RelatedId is not null;

    /// <summary>True for the events after which the organisation record no longer answers (MERGED_INTO, ABOLISHED, a continuation).</summary>
    public bool Ends => Kind is LineageKind.MergedInto or LineageKind.Abolished || IsContinuation;

    /// <summary>The predecessor → successor edge the event adds to the lineage graph, if any: MERGED_INTO points from the
    /// organisation to the one it joined, SPLIT_FROM from the one it left to the organisation.</summary>
    public (long From, long To)? Edge => Kind switch
    {
        LineageKind.MergedInto or LineageKind.Renamed when RelatedId is { } to => (OrganizationId, to),
        LineageKind.SplitFrom when RelatedId is { } from => (from, OrganizationId),
        _ => null,
    };
}
