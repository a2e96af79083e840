using Microsoft.EntityFrameworkCore;
using Roster.Data.Lineage;
using Roster.Data.Changes;
using Roster.Data.Entities;
using Roster.Domain.Errors;
using Roster.Domain.Filing;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Probation;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>
/// Stores validated orders and keeps the derived tenures in step, each submission in one transaction
/// (docs/orders.md): idempotent by document number, <see cref="AlreadyExistsException"/> for different
/// content under a stored number, tenures of every post the order names recomputed from that post's items,
/// attestations and confirmations dated from the order's effective date on (<see cref="TimelineResumption"/>), resumed from
/// the tenures open then, so arrival order never matters and the cost does not grow with the post's history. The rules are
/// the domain's: the document series (<see cref="DocumentSeries"/>) and the preconditions of a correction
/// (<see cref="CorrectionRules"/>, through <see cref="CorrectionTargets"/>), each decided from facts this ledger loads; a
/// correction recomputes the corrected order's posts too, and nothing stored is changed in place.
/// </summary>
public sealed class OrderLedger(RosterDbContext db, ReferenceTables tables, TimeProvider clock)
{
    private readonly LedgerRecords _records = new(db, tables);
    private readonly CorrectionTargets _corrections = new(db);

    /// <summary>Reason code for a different order under a stored document number.</summary>
    public const string DuplicateReason = "DOCUMENT_NUMBER_TAKEN";
    /// <summary>Reason code for an order whose document series (<see cref="Domain.Names.DocumentNumber.Code"/>) is recorded under another issuer.</summary>
    public const string SeriesReason = DocumentSeries.OtherIssuerReason;
    /// <summary>Reason code for warnings and new anomalies rejected by <see cref="SubmitOptions.RejectConflicts"/>.</summary>
    public const string ConflictReason = "ORDER_CONFLICTS";

    /// <summary>Submits <paramref name="order"/>. Throws <see cref="AlreadyExistsException"/> or
    /// <see cref="PreconditionFailedException"/>; on any failure the database is unchanged.</summary>
    public async Task<SubmitOutcome> SubmitAsync(Order order, SubmitOptions options, CancellationToken cancellationToken)
    {
        var documentNumber = order.DocumentNumber.ToString();
        // A dry run stores nothing: it reads one snapshot without the write lock, so it neither waits for writers nor holds them up.
        await using var transaction = options.ValidateOnly
            ? await db.BeginReadTransactionAsync(cancellationToken)
            : await db.BeginWriteTransactionAsync(cancellationToken);
        order = order.WithOrganizationsNamed(
            await FormerNames.CurrentAsync(db, order.Items.Select(i => i.Post.Organization).Distinct().ToList(), cancellationToken));
        // Read under the organisations' current names, two items may now be one post (docs/orders.md).
        if (ContradictoryItems.Of(order.Items).FirstOrDefault() is { Removal: not null } contradiction)
        {
            throw new InvalidInputException(OrderValidator.InvalidReason, $"order.items[{contradiction.Removal.Position}]", ContradictoryItems.Message(contradiction));
        }

        var stored = await db.Orders.Where(o => o.DocumentNumber == documentNumber).WithItems().SingleOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            var recorded = stored.ToRecorded();
            if (!recorded.Order.HasSameContentAs(order))
            {
                throw new AlreadyExistsException(DuplicateReason,
                    $"order {documentNumber} is already recorded with different content (recorded {recorded.RecordedAt:yyyy-MM-ddTHH:mm:ssZ})");
            }
            return new SubmitOutcome(recorded, Created: false, [], AlreadyRecorded: true);
        }

        // The issuers recorded under the order's document series, read as a range of the indexed column (DocumentSeries.RangeOf).
        // One other issuer is enough to refuse; ordered so the one named in the refusal is the same on every run and provider.
        var (seriesFrom, seriesTo) = DocumentSeries.RangeOf(order.DocumentNumber);
        var seriesIssuers = await db.Orders.Where(o => string.Compare(o.DocumentNumber, seriesFrom) >= 0 && string.Compare(o.DocumentNumber, seriesTo) < 0
                && o.Issuer != order.Issuer)
            .Select(o => o.Issuer).OrderBy(issuer => issuer).Take(1).ToListAsync(cancellationToken);
        DocumentSeries.EnsureOwnedBy(order, seriesIssuers);
        await EnsureNamedPeopleAsync(order, cancellationToken);

        // A correction also recomputes every post the corrected order named, without that order's items.
        var correctedPosts = await _corrections.PostsOfTargetAsync(order, cancellationToken);
        var outOfForce = order.Corrects?.Target.ToString();
        var posts = order.Items.Select(i => i.Post).Concat(correctedPosts).Distinct().ToList();
        DateOnly? targetEffectiveOn = outOfForce is null ? null
            : await db.Orders.Where(o => o.DocumentNumber == outOfForce).Select(o => (DateOnly?)o.EffectiveOn).SingleOrDefaultAsync(cancellationToken);
        var timelines = new List<(Post Post, DateOnly From, IReadOnlyList<Tenure> Tenures)>();
        var warnings = new List<TimelineWarning>();
        foreach (var post in posts)
        {
            // Only records dated from the earliest date this order adds or withdraws for the post can change its tenures:
            // derivation resumes there, so the cost follows what changed, not the post's history (docs/performance.md).
            var from = EarliestAffected(post, order, correctedPosts, targetEffectiveOn);
            var since = TimelineResumption.At(from, await _records.UnfinishedTenuresAsync(post, from, cancellationToken));
            var events = (await _records.RecordedEventsAsync(post, cancellationToken, outOfForce, since)).Concat(PostEvent.From(order, post)).ToList();
            since = since.WithEnded(await _records.EndedTenuresAsync(post, from, since.RemovedWithoutOpenTenure(events), cancellationToken));
            var attestations = await _records.RecordedAttestationsAsync(post, cancellationToken, since.From);
            var confirmations = await _records.RecordedConfirmationsAsync(post, cancellationToken, since.ConfirmationsFrom);
            var (tenures, postWarnings) = TenureTimeline.DeriveFrom(post, since, events, attestations, confirmations);
            timelines.Add((post, from, tenures));
            warnings.AddRange(postWarnings.Where(w => w.DocumentNumber == documentNumber));
        }
        warnings.Sort((a, b) => a.Position.CompareTo(b.Position));
        if (options.Filer is { OwnOfficeOnly: true } filer) await EnsureMayConfirmAsync(filer, order, timelines, cancellationToken);

        if (options.RejectConflicts)
        {
            // This order's own warnings, then any other anomaly it would introduce (docs/decisions.md, anomalies).
            var conflicts = warnings.Select(w => new PreconditionViolation(w.Code, $"items[{w.Position}]", w.Message)).ToList();
            conflicts.AddRange((await NewAnomalies.OfAsync(db, order, cancellationToken))
                .Where(a => !conflicts.Any(c => c.Type == a.Type && c.Subject == a.Subject)));
            if (conflicts.Count > 0)
            {
                throw new PreconditionFailedException(ConflictReason,
                    conflicts.Count == 1 ? $"order {documentNumber} conflicts with the recorded roster"
                        : $"order {documentNumber} conflicts with the recorded roster in {conflicts.Count} ways",
                    conflicts);
            }
        }

        var recordedAt = clock.StoredUtcNow();
        if (options.ValidateOnly)
        {
            return new SubmitOutcome(new RecordedOrder(order, recordedAt), Created: false, warnings);
        }

        var entity = await StoreOrderAsync(order, recordedAt, cancellationToken);
        foreach (var (post, from, tenures) in timelines)
        {
            await _records.ReplaceTenuresAsync(post, tenures, new ChangeCause(documentNumber, entity.RecordedAt), cancellationToken, from);
        }
        await _records.ResolvePeopleAsync(new ChangeCause(documentNumber, entity.RecordedAt), cancellationToken);
        var people = await db.OrderItems.AsNoTracking().Where(i => i.OrderId == entity.Id).OrderBy(i => i.Position)
            .Select(i => new ItemPerson(i.PersonId, i.PersonReason)).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SubmitOutcome(new RecordedOrder(order, entity.RecordedAt, People: people), Created: true, warnings);
    }

    /// <summary>The earliest date whose records of <paramref name="post"/> the order changes: its own effective date for a post
    /// it names, the corrected order's for a post that order named (its items leave the timeline).</summary>
    private static DateOnly EarliestAffected(Post post, Order order, IReadOnlyList<Post> correctedPosts, DateOnly? targetEffectiveOn)
    {
        var from = DateOnly.MaxValue;
        if (order.Items.Any(i => i.Post == post)) from = order.EffectiveOn;
        if (targetEffectiveOn is { } target && correctedPosts.Contains(post) && target < from) from = target;
        return from;
    }

    /// <summary>Applies <see cref="FilingRules.EnsureMayConfirm"/> to each CONFIRM_PROBATION item of <paramref name="order"/>: the
    /// tenure it confirms is the one it takes in the derived <paramref name="timelines"/>, and the office that set that probation
    /// is the issuer of the tenure's starting order (this order's own when it appointed the person too). An item that
    /// confirms nothing changes nothing and is left to the timeline's warning.</summary>
    private async Task EnsureMayConfirmAsync(Filer filer, Order order, List<(Post Post, DateOnly From, IReadOnlyList<Tenure> Tenures)> timelines,
        CancellationToken cancellationToken)
    {
        foreach (var item in order.Items.Where(i => i.Action == OrderAction.ConfirmProbation))
        {
            var tenures = timelines.First(t => t.Post == item.Post).Tenures;
            if (tenures.FirstOrDefault(t => ProbationConfirmations.Confirms(t, item.Person, order.EffectiveOn)) is not { } confirmed) continue;
            var appointedBy = confirmed.StartedBy;
            var appointingIssuer = appointedBy == order.DocumentNumber.ToString() ? order.Issuer
                : await db.Orders.AsNoTracking().Where(o => o.DocumentNumber == appointedBy).Select(o => o.Issuer).SingleOrDefaultAsync(cancellationToken);
            FilingRules.EnsureMayConfirm(filer, confirmed, appointingIssuer, $"order.items[{item.Position}]");
        }
    }

    /// <summary>Loads the people the order's items name by id and lets <see cref="Domain.People.NamedPeople"/> judge them.</summary>
    private async Task EnsureNamedPeopleAsync(Order order, CancellationToken cancellationToken)
    {
        var named = order.Items.Where(i => i.NamedPerson is not null).ToList();
        if (named.Count == 0) return;
        var ids = named.Select(i => i.NamedPerson!.Value.Value).ToList();
        var redirects = await MentionRows.RedirectsAsync(db, ids, cancellationToken);
        var answering = ids.Select(id => MentionRows.Follow(redirects, id)).Concat(ids).Distinct().ToList();
        var people = await db.People.Where(p => answering.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        Domain.People.NamedPeople.Check(named.Select(i =>
        {
            var id = i.NamedPerson!.Value;
            var final = MentionRows.Follow(redirects, id.Value);
            var facts = people.ContainsKey(id.Value) && people.TryGetValue(final, out var name) ? new Domain.People.PersonFacts(final, name, []) : null;
            return ($"order.items[{i.Position}].person_id", i.Person, id, facts);
        }));
    }

    private async Task<OrderEntity> StoreOrderAsync(Order order, DateTime recordedAt, CancellationToken cancellationToken)
    {
        var entity = order.ToEntity(recordedAt);
        foreach (var item in order.Items)
        {
            entity.Items.Add(new OrderItemEntity
            {
                Position = item.Position,
                Action = item.Action,
                Person = await _records.PersonAsync(item.Person, cancellationToken),
                NamedPersonId = item.NamedPerson?.Value,
                Post = await _records.PostAsync(item.Post, cancellationToken),
                Probation = item.Probation?.ToString(),
                RetainsRank = item.RetainsRank,
                Concurrent = item.Concurrent,
                Acting = item.Acting,
                Note = item.Note,
            });
        }
        db.Orders.Add(entity);
        return entity;
    }
}
