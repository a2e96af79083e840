using Microsoft.EntityFrameworkCore;
using Roster.Data.Changes;
using Roster.Data.Entities;
using Roster.Domain.Errors;
using Roster.Domain.Groups;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>The result of submitting a roster version.</summary>
/// <param name="Roster">The version as stored (the stored one for an identical resubmission).</param>
/// <param name="Created">True when this call stored it.</param>
/// <param name="Attestations">How many posts its title text attests.</param>
public sealed record RosterSubmitOutcome(GroupRoster Roster, bool Created, int Attestations);

/// <summary>
/// Stores group roster versions and portfolios, each write in one transaction. A roster is idempotent by
/// (source document, group): the same content again returns the stored version, different content is
/// <see cref="AlreadyExistsException"/>. Its title text becomes attestations, and the tenures of every attested
/// post are rebuilt from that post's order items and attestations (docs/time.md, docs/decisions.md 18).
/// </summary>
public sealed class RosterLedger(RosterDbContext db, ReferenceTables tables, TimeProvider clock)
{
    /// <summary>Reason code for different content under a stored (source document, group).</summary>
    public const string DuplicateReason = "ROSTER_SOURCE_TAKEN";
    /// <summary>Reason code of an invalid portfolio.</summary>
    public const string InvalidPortfolioReason = Portfolio.InvalidReason;

    private readonly LedgerRecords _records = new(db, tables);

    /// <summary>Submits a validated roster version; on any failure the database is unchanged.</summary>
    public async Task<RosterSubmitOutcome> SubmitAsync(GroupRoster roster, CancellationToken cancellationToken)
    {
        var document = roster.SourceDocument.ToString();
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var stored = await db.GroupRosters.Where(r => r.SourceDocument == document && r.Group.Name == roster.Group)
            .WithSeats().SingleOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            var recorded = stored.ToDomain();
            if (!recorded.HasSameContentAs(roster))
                throw new AlreadyExistsException(DuplicateReason,
                    $"a roster of {roster.Group} from {document} is already recorded with different content");
            return new RosterSubmitOutcome(recorded, Created: false, 0);
        }

        var entity = new GroupRosterEntity
        {
            Group = await _records.OrganizationAsync(roster.Group, cancellationToken),
            Kind = roster.Kind,
            SourceDocument = document,
            Issuer = roster.Issuer,
            EffectiveOn = roster.EffectiveOn,
            OfficeAt = roster.OfficeAt,
            SourceGazette = roster.Source.Gazette,
            SourceLineStart = roster.Source.LineStart,
            SourceLineEnd = roster.Source.LineEnd,
            SubmittedBy = roster.Source.SubmittedBy,
            RecordedAt = clock.StoredUtcNow(),
        };
        foreach (var seat in roster.Seats)
        {
            entity.Seats.Add(new SeatEntity
            {
                Position = seat.Position,
                Role = seat.Role,
                HolderKind = seat.Kind,
                Person = seat.Person is null ? null : await _records.PersonAsync(seat.Person, cancellationToken),
                TitleText = seat.TitleText,
                ExOfficio = seat.ExOfficio,
                MemberUnit = seat.MemberUnit,
                Organization = seat.Organization,
                Concurrent = seat.Concurrent,
            });
        }
        var replaces = await db.GroupRosters.AnyAsync(r => r.Group.Name == roster.Group, cancellationToken);
        db.GroupRosters.Add(entity);
        db.Changes.Add(ChangeRows.Roster(roster.Group, document, roster.EffectiveOn, replaces, entity.RecordedAt));

        var attestations = TitleEvidence.Of(roster, tables);
        foreach (var byPost in attestations.GroupBy(a => a.Post))
        {
            var post = byPost.Key;
            var recordedAttestations = await _records.RecordedAttestationsAsync(post, cancellationToken);
            var events = await _records.RecordedEventsAsync(post, cancellationToken);
            var (tenures, _) = TenureTimeline.Derive(post, events,
                recordedAttestations.Concat(byPost.Select(a => new PostAttestation(a.On, a.Person, document))),
                await _records.RecordedConfirmationsAsync(post, cancellationToken));
            foreach (var a in byPost)
            {
                db.Attestations.Add(new AttestationEntity
                {
                    Roster = entity,
                    Position = a.Position,
                    Post = await _records.PostAsync(post, cancellationToken),
                    Person = await _records.PersonAsync(a.Person, cancellationToken),
                    AttestedOn = a.On,
                });
            }
            await _records.ReplaceTenuresAsync(post, tenures, new ChangeCause(document, entity.RecordedAt), cancellationToken);
        }
        await _records.ResolvePeopleAsync(new ChangeCause(document, entity.RecordedAt), cancellationToken);
        // Read back as stored, so the answer carries the people the seats resolved to.
        var written = await db.GroupRosters.Where(r => r.Id == entity.Id).WithSeats().SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new RosterSubmitOutcome(written.ToDomain(), Created: true, attestations.Count);
    }

    /// <summary>Records a portfolio; the same portfolio again (person, areas, dates, government) is returned without a second row.
    /// <see cref="InvalidInputException"/> (<see cref="Portfolio.InvalidReason"/>) for the domain's <see cref="Portfolio.Violations"/>.</summary>
    public async Task<Portfolio> SetPortfolioAsync(Portfolio portfolio, CancellationToken cancellationToken)
    {
        var violations = portfolio.Violations();
        if (violations.Count > 0) throw new InvalidInputException(InvalidPortfolioReason, $"the portfolio is invalid: {violations[0].Description}", violations);

        var areas = string.Join('、', portfolio.Areas);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var same = await db.Portfolios.AsNoTracking().AnyAsync(p => p.Person.Name == portfolio.Person && p.Areas == areas
            && p.FromOn == portfolio.FromOn && p.ToOn == portfolio.ToOn && p.Government == portfolio.Government, cancellationToken);
        if (!same)
        {
            db.Portfolios.Add(new PortfolioEntity
            {
                Person = await _records.PersonAsync(portfolio.Person, cancellationToken),
                Areas = areas,
                FromOn = portfolio.FromOn,
                ToOn = portfolio.ToOn,
                Source = portfolio.Source,
                Government = portfolio.Government,
                RecordedAt = clock.StoredUtcNow(),
            });
            await _records.ResolvePeopleAsync(new ChangeCause(portfolio.Source ?? "portfolio", clock.StoredUtcNow()), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return portfolio;
    }
}
