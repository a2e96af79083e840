using Roster.Data.Changes;
using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Domain.Errors;
using Roster.Domain.Filing;
using Roster.Domain.Probation;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;
using Roster.Domain.Time;

namespace Roster.Data.Ledger;

/// <summary>The result of recording a probation confirmation.</summary>
/// <param name="Confirmation">The confirmation as stored (the stored one for an identical resubmission).</param>
/// <param name="Tenure">The tenure it confirms, as derived after it; null only for a resubmission of a stored confirmation that
/// orders recorded since have left without a tenure to confirm.</param>
/// <param name="RecordedAt">When the server first recorded it (UTC); kept on resubmission.</param>
/// <param name="Created">True when this call stored it.</param>
public sealed record ConfirmOutcome(Confirmation Confirmation, Tenure? Tenure, DateTime RecordedAt, bool Created);

/// <summary>
/// Records probation confirmations made through the API (<c>ProbationService.ConfirmProbation</c>), each in one transaction:
/// refused with <see cref="PermissionDeniedException"/> when the filer may not confirm that tenure (<see cref="FilingRules"/>: a
/// clerk confirms only probations set by its own office's orders), idempotent by (person, post, date, source), refused with <see cref="PreconditionFailedException"/> (reason
/// <c>PROBATION_NOT_CONFIRMABLE</c>) when the person holds no tenure with probation in the post on that date or that tenure is
/// already confirmed, with <see cref="InvalidInputException"/> when dated after today, and folded into the
/// post's derived tenures like an order item (docs/decisions.md, probation).
/// </summary>
public sealed class ProbationLedger(RosterDbContext db, ReferenceTables tables, JurisdictionCalendar calendar)
{
    /// <summary>Reason code of a confirmation that confirms no recorded probation, or one already confirmed.</summary>
    public const string NotConfirmableReason = "PROBATION_NOT_CONFIRMABLE";
    /// <summary>Reason code of a confirmation dated after today.</summary>
    public const string FutureReason = "CONFIRMATION_IN_FUTURE";

    private readonly LedgerRecords _records = new(db, tables);

    /// <summary>Records <paramref name="confirmation"/> for <paramref name="filer"/>; on any failure the database is unchanged.
    /// <see cref="PermissionDeniedException"/> when <see cref="FilingRules.EnsureMayConfirm"/> refuses the filer the tenure it
    /// confirms (checked first, for a resubmission too).</summary>
    public async Task<ConfirmOutcome> ConfirmAsync(Confirmation confirmation, Filer filer, CancellationToken cancellationToken)
    {
        var post = confirmation.Post;
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var events = await _records.RecordedEventsAsync(post, cancellationToken);
        var attestations = await _records.RecordedAttestationsAsync(post, cancellationToken);
        var recorded = await _records.RecordedConfirmationsAsync(post, cancellationToken);
        var (before, _) = TenureTimeline.Derive(post, events, attestations, recorded);

        if (Confirmed(before, confirmation) is { } confirmed)
        {
            var appointedBy = confirmed.StartedBy;
            var appointingIssuer = await db.Orders.AsNoTracking().Where(o => o.DocumentNumber == appointedBy)
                .Select(o => o.Issuer).SingleOrDefaultAsync(cancellationToken);
            FilingRules.EnsureMayConfirm(filer, confirmed, appointingIssuer);
        }

        var stored = await db.ProbationConfirmations.AsNoTracking()
            .Where(c => c.Post.Title == post.Title && c.Post.Organization.Name == post.Organization && c.Person.Name == confirmation.Person
                && c.ConfirmedOn == confirmation.ConfirmedOn && c.Source == confirmation.Source)
            .Select(c => new { c.RecordedAt, c.SubmittedBy }).SingleOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return new ConfirmOutcome(confirmation with { SubmittedBy = stored.SubmittedBy }, Confirmed(before, confirmation),
                DateTime.SpecifyKind(stored.RecordedAt, DateTimeKind.Utc), Created: false);
        }

        var today = calendar.Today;
        if (confirmation.ConfirmedOn > today)
            throw new InvalidInputException(FutureReason, "confirmed_on",
                $"{confirmation.ConfirmedOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): a confirmation is recorded once it is made");
        if (ProbationConfirmations.Problem(before, confirmation.Person, confirmation.ConfirmedOn, post) is { } problem)
            throw new PreconditionFailedException(NotConfirmableReason, problem.Description, [problem]);
        if (ProbationConfirmations.Repeated(before, confirmation.Person, confirmation.ConfirmedOn, post) is { } repeated)
            throw new PreconditionFailedException(NotConfirmableReason, repeated.Description, [repeated]);

        var (tenures, _) = TenureTimeline.Derive(post, events, attestations, [.. recorded, confirmation.ForTimeline()]);
        var recordedAt = calendar.Clock.StoredUtcNow();
        db.ProbationConfirmations.Add(new ProbationConfirmationEntity
        {
            Person = await _records.PersonAsync(confirmation.Person, cancellationToken),
            Post = await _records.PostAsync(post, cancellationToken),
            ConfirmedOn = confirmation.ConfirmedOn,
            Source = confirmation.Source,
            SubmittedBy = confirmation.SubmittedBy,
            RecordedAt = recordedAt,
        });
        await _records.ReplaceTenuresAsync(post, tenures, new ChangeCause(confirmation.Source, recordedAt), cancellationToken);
        await _records.ResolvePeopleAsync(new ChangeCause(confirmation.Source, recordedAt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new ConfirmOutcome(confirmation, Confirmed(tenures, confirmation), recordedAt, Created: true);
    }

    private static Tenure? Confirmed(IReadOnlyList<Tenure> tenures, Confirmation confirmation) =>
        tenures.FirstOrDefault(t => ProbationConfirmations.Confirms(t, confirmation.Person, confirmation.ConfirmedOn));
}
