using Roster.Domain.Errors;
using Roster.Domain.Names;

namespace Roster.Domain.Lineage;

/// <summary>
/// Whether a lineage event may be recorded (docs/identity.md, organisations). Input that can never be right is
/// <see cref="InvalidInputException"/> (INVALID_ARGUMENT) naming the request field; an event the recorded lineage forbids is
/// <see cref="PreconditionFailedException"/> (FAILED_PRECONDITION) whose violation's subject is the field at fault. Pure: the
/// caller stores nothing when this throws.
/// </summary>
public static class LineageRules
{
    /// <summary>Reason: a required field is missing or malformed (INVALID_ARGUMENT).</summary>
    public const string InvalidReason = "LINEAGE_INVALID";
    /// <summary>Reason: the organisation (or the related one) has no record.</summary>
    public const string UnknownOrganizationReason = "ORGANIZATION_UNKNOWN";
    /// <summary>Reason: the event would make an organisation its own predecessor.</summary>
    public const string CycleReason = "LINEAGE_CYCLE";
    /// <summary>Reason: the event is dated before the organisation existed (its ESTABLISHED date or first record).</summary>
    public const string BeforeExistenceReason = "LINEAGE_BEFORE_EXISTENCE";
    /// <summary>Reason: the organisation (or the related one) was already merged away or abolished.</summary>
    public const string EndedReason = "ORGANIZATION_ENDED";
    /// <summary>Reason: another organisation bears the new name (one that still exists, or one that ended under it).</summary>
    public const string NameTakenReason = "ORGANIZATION_NAME_TAKEN";
    /// <summary>Reason: the event contradicts the organisation's recorded lineage (a second ESTABLISHED, a rename out of
    /// order, an establishment after posts were already held).</summary>
    public const string ConflictReason = "LINEAGE_CONFLICT";

    /// <summary>Checks <paramref name="proposed"/> against the organisation it happens to (<paramref name="subject"/>; null
    /// only for an ESTABLISHED event that sets up a new organisation), the related organisation (MERGED_INTO, SPLIT_FROM; null
    /// when it has no record), the recorded <paramref name="graph"/> and <paramref name="bearer"/>, which answers the recorded
    /// organisation bearing a name now (null when none). <paramref name="relatedName"/> is the related organisation as the request
    /// named it. Returns the event to record: <paramref name="proposed"/>, or for a rename onto a name another record bears with
    /// nothing recorded before the rename date and no lineage of its own, the continuation into that record
    /// (<see cref="LineageEvent.IsContinuation"/>). Throws as the class says.</summary>
    public static LineageEvent Check(LineageEvent proposed, OrganizationFacts? subject, string? relatedName, OrganizationFacts? related,
        LineageGraph graph, Func<string, OrganizationFacts?> bearer)
    {
        var invalid = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(proposed.Source)) invalid.Add(new FieldViolation("source", "give the source: a document number or who records it"));
        var needsRelated = proposed.Kind is LineageKind.MergedInto or LineageKind.SplitFrom;
        if (needsRelated && string.IsNullOrWhiteSpace(relatedName))
            invalid.Add(new FieldViolation("related_organization", $"{Label(proposed.Kind)} names the organisation it was {(proposed.Kind == LineageKind.MergedInto ? "merged into" : "split from")}"));
        if (!needsRelated && !string.IsNullOrWhiteSpace(relatedName))
            invalid.Add(new FieldViolation("related_organization", $"{Label(proposed.Kind)} takes no related organisation"));
        if (proposed.Kind == LineageKind.Renamed && string.IsNullOrWhiteSpace(proposed.NewName))
            invalid.Add(new FieldViolation("new_name", "RENAMED gives the new name"));
        if (proposed.Kind is not (LineageKind.Renamed or LineageKind.Established) && !string.IsNullOrWhiteSpace(proposed.NewName))
            invalid.Add(new FieldViolation("new_name", $"{Label(proposed.Kind)} takes no new name"));
        if (proposed.Kind == LineageKind.Renamed && subject is not null && proposed.NewName == subject.Name)
            invalid.Add(new FieldViolation("new_name", $"the organisation already bears the name {TextForm.Quote(subject.Name)}"));
        if (subject is not null && related is not null && related.Id == subject.Id)
            invalid.Add(new FieldViolation("related_organization", "an organisation cannot be merged into or split from itself"));
        if (invalid.Count > 0) throw new InvalidInputException(InvalidReason, $"the lineage event is invalid: {invalid[0].Description}", invalid);

        if (subject is null)
        {
            if (proposed.Kind != LineageKind.Established)
                throw Failed(UnknownOrganizationReason, "organization", "no record names the organisation; only ESTABLISHED sets up a new one");
            return proposed;
        }
        if (needsRelated && related is null)
            throw Failed(UnknownOrganizationReason, "related_organization", "no record names the related organisation");

        if (graph.Ending(subject.Id) is { } ended)
            throw Failed(EndedReason, "organization",
                $"{TextForm.Quote(subject.Name)} was {Label(ended.Kind)} on {ended.EffectiveOn:yyyy-MM-dd} ({ended.Source}); no event may follow");
        var established = graph.EstablishedOn(subject.Id);
        if (proposed.Kind == LineageKind.Established)
        {
            if (established is { } on)
                throw Failed(ConflictReason, "type", $"{TextForm.Quote(subject.Name)} is already recorded as established on {on:yyyy-MM-dd}");
            if (subject.FirstRecord is { } first && first < proposed.EffectiveOn)
                throw Failed(BeforeExistenceReason, "effective_date",
                    $"{TextForm.Quote(subject.Name)} has posts recorded from {first:yyyy-MM-dd}, before the establishment date {proposed.EffectiveOn:yyyy-MM-dd}");
        }
        else if ((established ?? subject.FirstRecord) is { } exists && proposed.EffectiveOn < exists)
        {
            throw Failed(BeforeExistenceReason, "effective_date",
                $"{TextForm.Quote(subject.Name)} exists from {exists:yyyy-MM-dd} ({(established is null ? "its first record" : "ESTABLISHED")}); " +
                $"the {Label(proposed.Kind)} event dated {proposed.EffectiveOn:yyyy-MM-dd} is before it");
        }

        if (proposed.Kind == LineageKind.Renamed)
        {
            if (graph.Of(subject.Id).LastOrDefault(e => e.Kind == LineageKind.Renamed) is { } last && last.EffectiveOn >= proposed.EffectiveOn)
                throw Failed(ConflictReason, "effective_date",
                    $"{TextForm.Quote(subject.Name)} was renamed on {last.EffectiveOn:yyyy-MM-dd}; a rename is recorded after the latest one");
            // A name belongs to one organisation record: one that ended keeps its name, so its history still answers by it. A record
            // with nothing before the rename date and no lineage of its own is the renamed body recorded under its new name before
            // the rename was: it carries the organisation on (a continuation), so both records' history answers by either name.
            if (bearer(proposed.NewName!) is { } other && other.Id != subject.Id)
            {
                if (graph.Of(other.Id).Count == 0 && !graph.Naming(other.Id).Any()
                    && (other.FirstRecord is null || other.FirstRecord >= proposed.EffectiveOn))
                    return proposed with { RelatedId = other.Id };
                throw Failed(NameTakenReason, "new_name", graph.Ending(other.Id) is { } gone
                    ? $"organizations/{other.Id} bore the name {TextForm.Quote(proposed.NewName!)} until it was {Label(gone.Kind)} on {gone.EffectiveOn:yyyy-MM-dd}"
                    : other.FirstRecord is { } first && first < proposed.EffectiveOn
                        ? $"organizations/{other.Id} bears the name {TextForm.Quote(proposed.NewName!)} with records from {first:yyyy-MM-dd}, before the rename"
                        : $"organizations/{other.Id} bears the name {TextForm.Quote(proposed.NewName!)} and has lineage of its own");
            }
        }

        if (needsRelated)
        {
            if (graph.Ending(related!.Id) is { } relatedEnded && relatedEnded.EffectiveOn <= proposed.EffectiveOn)
                throw Failed(EndedReason, "related_organization",
                    $"{TextForm.Quote(related.Name)} was {Label(relatedEnded.Kind)} on {relatedEnded.EffectiveOn:yyyy-MM-dd}");
            var (from, to) = (proposed with { RelatedId = related.Id }).Edge!.Value;
            if (graph.Reaches(to, from))
                throw Failed(CycleReason, "related_organization",
                    $"{TextForm.Quote(related.Name)} already descends from {TextForm.Quote(subject.Name)}; the event would make a cycle");
        }
        return proposed;
    }

    /// <summary>The API's name of a kind: RENAMED, MERGED_INTO, ….</summary>
    public static string Label(LineageKind kind) => kind switch
    {
        LineageKind.Established => "ESTABLISHED",
        LineageKind.Renamed => "RENAMED",
        LineageKind.MergedInto => "MERGED_INTO",
        LineageKind.SplitFrom => "SPLIT_FROM",
        _ => "ABOLISHED",
    };

    private static PreconditionFailedException Failed(string reason, string field, string description) =>
        new(reason, description, [new PreconditionViolation(reason, field, description)]);
}
