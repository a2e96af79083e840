using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Domain.Probation;

/// <summary>
/// Applies probation confirmations to the derived tenures of one post. A confirmation on D of person P confirms P's tenure
/// with probation that is held on D by an order (start known, <c>start_on</c> ≤ D &lt; <c>end_on</c>); the earliest
/// confirmation wins (ties by source), so arrival order does not matter. One that matches no such tenure confirms nothing
/// and is a <see cref="TimelineWarning.ConfirmationWithoutProbation"/> warning.
/// </summary>
public static class ProbationConfirmations
{
    /// <summary>The tenures with <see cref="Tenure.ConfirmedOn"/> and <see cref="Tenure.ConfirmedBy"/> set, and a warning for each
    /// confirmation that matched no tenure.</summary>
    public static (IReadOnlyList<Tenure> Tenures, IReadOnlyList<TimelineWarning> Warnings) Apply(IReadOnlyList<Tenure> tenures,
        IEnumerable<PostConfirmation> confirmations, Post post)
    {
        var result = tenures.ToList();
        var warnings = new List<TimelineWarning>();
        foreach (var c in confirmations.OrderBy(c => c.On).ThenBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Position))
        {
            var index = result.FindIndex(t => Confirms(t, c.Person, c.On));
            if (index < 0)
            {
                warnings.Add(new(TimelineWarning.ConfirmationWithoutProbation,
                    $"{c.Person} holds no tenure with probation as {post} on {c.On:yyyy-MM-dd}; the confirmation confirms nothing", c.Source, c.Position));
                continue;
            }
            if (result[index].ConfirmedOn is null) result[index] = result[index] with { ConfirmedOn = c.On, ConfirmedBy = c.Source };
        }
        return (result, warnings);
    }

    /// <summary>Violation type: the person has no tenure with probation in the post at all.</summary>
    public const string NoProbation = TimelineWarning.ConfirmationWithoutProbation;
    /// <summary>Violation type: the confirmation date is before the start of each of the person's tenures with probation.</summary>
    public const string BeforeStart = "CONFIRMATION_BEFORE_START";
    /// <summary>Violation type: each of the person's tenures with probation in the post ended on or before the confirmation date.</summary>
    public const string AfterEnd = "CONFIRMATION_AFTER_END";

    /// <summary>Why a confirmation of <paramref name="person"/> on <paramref name="on"/> cannot be recorded against
    /// <paramref name="tenures"/> (the post's derived tenures), or null when one of them is confirmed by it.</summary>
    public static Errors.PreconditionViolation? Problem(IReadOnlyList<Tenure> tenures, string person, DateOnly on, Post post)
    {
        var withProbation = tenures.Where(t => t.Person == person && t.ProbationUntil is not null && t.StartOn is not null).ToList();
        if (withProbation.Any(t => Confirms(t, person, on))) return null;
        if (withProbation.Count == 0)
            return new(NoProbation, "person", $"no tenure of {person} as {post} with a probation is recorded");
        if (withProbation.All(t => on < t.StartOn))
            return new(BeforeStart, "confirmed_on",
                $"{on:yyyy-MM-dd} is before {person} started as {post} on {withProbation.Min(t => t.StartOn):yyyy-MM-dd}");
        return new(AfterEnd, "confirmed_on", $"{person}'s tenure as {post} with a probation ended on or before {on:yyyy-MM-dd}");
    }

    /// <summary>Violation type: the tenure a confirmation would confirm already has one.</summary>
    public const string AlreadyConfirmed = "PROBATION_ALREADY_CONFIRMED";

    /// <summary>Why a further confirmation of <paramref name="person"/> on <paramref name="on"/> would change nothing: the tenure it
    /// confirms in <paramref name="tenures"/> is already confirmed (the earliest confirmation wins, so a second one has no effect
    /// and is refused rather than reported as recorded). Null when that tenure has no confirmation yet.</summary>
    public static Errors.PreconditionViolation? Repeated(IReadOnlyList<Tenure> tenures, string person, DateOnly on, Post post) =>
        tenures.FirstOrDefault(t => Confirms(t, person, on)) is { ConfirmedOn: { } already } held
            ? new(AlreadyConfirmed, "confirmed_on",
                $"{person}'s probation as {post} is already confirmed on {already:yyyy-MM-dd} ({held.ConfirmedBy}); a second confirmation would change nothing")
            : null;

    /// <summary>True when a confirmation of <paramref name="person"/> on <paramref name="on"/> confirms <paramref name="tenure"/>:
    /// the person's, with probation, started by an order on or before that date and not ended by then.</summary>
    public static bool Confirms(Tenure tenure, string person, DateOnly on) =>
        tenure.Person == person && tenure.ProbationUntil is not null && tenure.StartOn is { } start && start <= on
        && (tenure.EndOn is null || on < tenure.EndOn);
}
