namespace Roster.Domain.Lineage;

/// <summary>One organisation answering for a name on a date (docs/identity.md, organisations).</summary>
/// <param name="Organization">The organisation whose posts answer.</param>
/// <param name="NameOnDate">The name it bore on the date asked about.</param>
/// <param name="Via">The lineage event linking it to the name asked for: the rename after the date (when the name asked is a
/// later or earlier name of the same organisation) or the MERGED_INTO event (when it is a predecessor merged into the
/// organisation asked about); null when it bore the name asked on that date.</param>
/// <param name="Predecessor">True when <see cref="NameOnDate"/> is a predecessor of the name asked (the name asked came later).</param>
public sealed record LineageAnswer(OrganizationFacts Organization, string NameOnDate, LineageEvent? Via, bool Predecessor);

/// <summary>
/// Resolves "name N on date D" through the lineage (docs/identity.md, organisations): the organisations that bore N on D answer
/// themselves; failing that, an organisation that bore N at another time answers under the name it bore on D (a rename
/// carries its posts over); failing that, the record a bearer of N was continued by on or before D answers
/// (<see cref="LineageEvent.IsContinuation"/>); failing that, the organisations merged into the bearer of N after D answer as its
/// predecessors. Pure.
/// </summary>
public static class LineageResolution
{
    /// <summary>The answers for <paramref name="name"/> on <paramref name="date"/>, given <paramref name="bearers"/> (every
    /// recorded organisation that bore the name at some time: bearing it now or named by a rename) and
    /// <paramref name="lookup"/> (a recorded organisation by id; null when unknown). Ordered by organisation id; empty when
    /// no organisation answers.</summary>
    public static IReadOnlyList<LineageAnswer> Resolve(string name, DateOnly date, IEnumerable<OrganizationFacts> bearers,
        LineageGraph graph, Func<long, OrganizationFacts?> lookup)
    {
        var candidates = bearers.DistinctBy(o => o.Id).OrderBy(o => o.Id).ToList();
        var direct = candidates.Where(o => graph.NameOn(o.Id, o.Name, date) == name && Existed(graph, o.Id, date)).ToList();
        if (direct.Count > 0) return direct.Select(o => new LineageAnswer(o, name, null, false)).ToList();

        var renamed = candidates.Where(o => Existed(graph, o.Id, date)).Select(o =>
        {
            var then = graph.NameOn(o.Id, o.Name, date);
            var renames = graph.Of(o.Id).Where(e => e.Kind == LineageKind.Renamed).ToList();
            // The name asked came later when a rename after the date gave it; the first rename after the date links them.
            var later = renames.Any(e => e.EffectiveOn > date && e.NewName == name);
            var via = later
                ? renames.First(e => e.EffectiveOn > date)
                : renames.LastOrDefault(e => e.EffectiveOn <= date);
            return new LineageAnswer(o, then, via, later);
        }).ToList();
        if (renamed.Count > 0) return renamed;
        var continued = candidates
            .Select(o => graph.Ending(o.Id))
            .Where(e => e is { IsContinuation: true } && e.EffectiveOn <= date)
            .Select(e => (Event: e!, Facts: lookup(e!.RelatedId!.Value)))
            .Where(p => p.Facts is not null && Existed(graph, p.Facts.Id, date))
            .OrderBy(p => p.Facts!.Id)
            .Select(p => new LineageAnswer(p.Facts!, graph.NameOn(p.Facts!.Id, p.Facts.Name, date), p.Event, false))
            .ToList();
        if (continued.Count > 0) return continued;
        return candidates
            .SelectMany(o => graph.Naming(o.Id).Where(e => e.Kind == LineageKind.MergedInto && e.EffectiveOn > date))
            .Select(e => (Event: e, Facts: lookup(e.OrganizationId)))
            .Where(p => p.Facts is not null && Existed(graph, p.Facts.Id, date))
            .OrderBy(p => p.Facts!.Id)
            .Select(p => new LineageAnswer(p.Facts!, graph.NameOn(p.Facts!.Id, p.Facts.Name, date), p.Event, true))
            .ToList();
    }

    /// <summary>True unless the lineage says the organisation was set up after <paramref name="date"/> or ended on or before it.</summary>
    public static bool Existed(LineageGraph graph, long organizationId, DateOnly date) =>
        !(graph.EstablishedOn(organizationId) is { } established && established > date)
        && !(graph.Ending(organizationId) is { } ending && ending.EffectiveOn <= date);
}
