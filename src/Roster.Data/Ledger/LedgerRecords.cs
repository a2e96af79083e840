using Roster.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Roster.Data.Changes;
using Roster.Data.Entities;
using Roster.Domain.Posts;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>
/// What the order and roster ledgers share inside their transactions: finding or adding people, organisations
/// and posts, and rebuilding a post's tenures from everything recorded about it (its order items and the
/// rosters' attestations), so that arrival order never matters (docs/decisions.md 2, 18).
/// </summary>
internal sealed class LedgerRecords(RosterDbContext db, ReferenceTables tables)
{
    private readonly Dictionary<string, PersonEntity> _placeholders = new(StringComparer.Ordinal);
    private readonly List<(ChangeEntity Change, PostEntity Post)> _tenureChanges = [];
    private readonly List<PostEntity> _rewrittenPosts = [];
    private readonly PersonIdentities _identities = new(db, tables);

    /// <summary>The order items recorded for <paramref name="post"/> by orders in force, as timeline events: items of an order
    /// a stored order revokes or amends are left out, and so are those of <paramref name="outOfForce"/> (the order that the
    /// correction being submitted names). With <paramref name="since"/>, only the items that derivation resumed there applies
    /// (<see cref="TenureTimeline.DeriveFrom"/>): those dated from its date on, and confirmations from its confirmations date on.</summary>
    public async Task<IReadOnlyList<PostEvent>> RecordedEventsAsync(Post post, CancellationToken cancellationToken, string? outOfForce = null,
        TimelineResumption? since = null)
    {
        var items = db.OrderItems.AsNoTracking()
            .Where(i => i.Post.Title == post.Title && i.Post.Organization.Name == post.Organization);
        if (since is not null)
        {
            var (from, confirmationsFrom) = (since.From, since.ConfirmationsFrom);
            items = items.Where(i => i.Order.EffectiveOn >= from
                || (i.Action == Domain.Orders.OrderAction.ConfirmProbation && i.Order.EffectiveOn >= confirmationsFrom));
        }
        var rows = await items
            .InForce(db)
            .Where(i => i.Order.DocumentNumber != outOfForce)
            .AsEvents()
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToPostEvent()).ToList();
    }

    /// <summary>The attestations recorded for <paramref name="post"/> (with <paramref name="from"/>, those dated from then on).</summary>
    public async Task<IReadOnlyList<PostAttestation>> RecordedAttestationsAsync(Post post, CancellationToken cancellationToken, DateOnly? from = null)
    {
        var rows = db.Attestations.AsNoTracking().Where(a => a.Post.Title == post.Title && a.Post.Organization.Name == post.Organization);
        if (from is { } since) rows = rows.Where(a => a.AttestedOn >= since);
        return await rows.Select(a => new PostAttestation(a.AttestedOn, a.Person.Name, a.Roster.SourceDocument)).ToListAsync(cancellationToken);
    }

    /// <summary>The probation confirmations recorded for <paramref name="post"/> through <c>ConfirmProbation</c> (those recorded by
    /// orders are among <see cref="RecordedEventsAsync"/>); with <paramref name="from"/>, those dated from then on.</summary>
    public async Task<IReadOnlyList<Domain.Probation.PostConfirmation>> RecordedConfirmationsAsync(Post post, CancellationToken cancellationToken,
        DateOnly? from = null)
    {
        var rows = db.ProbationConfirmations.AsNoTracking().Where(c => c.Post.Title == post.Title && c.Post.Organization.Name == post.Organization);
        if (from is { } since) rows = rows.Where(c => c.ConfirmedOn >= since);
        return await rows.Select(c => new Domain.Probation.PostConfirmation(c.ConfirmedOn, c.Person.Name, c.Source, -1)).ToListAsync(cancellationToken);
    }

    /// <summary>The stored tenures of <paramref name="post"/> not ended before <paramref name="from"/> (every one when null): the
    /// tenures a derivation resumed at that date replaces (<see cref="TimelineResumption"/>). Untracked.</summary>
    public async Task<IReadOnlyList<Tenure>> UnfinishedTenuresAsync(Post post, DateOnly? from, CancellationToken cancellationToken)
    {
        var rows = await StoredTenures(post, from).AsNoTracking().Include(t => t.Person).ToListAsync(cancellationToken);
        return rows.Select(t => t.ToTimeline(post)).ToList();
    }

    /// <summary>The stored tenures of <paramref name="people"/> in <paramref name="post"/> that ended before
    /// <paramref name="from"/> (<see cref="TimelineResumption.WithEnded"/>). Reads only those people's rows. Untracked.</summary>
    public async Task<IReadOnlyList<Tenure>> EndedTenuresAsync(Post post, DateOnly from, IReadOnlyCollection<string> people,
        CancellationToken cancellationToken)
    {
        if (people.Count == 0) return [];
        var rows = await db.Tenures.AsNoTracking().Include(t => t.Person)
            .Where(t => t.Post.Title == post.Title && t.Post.Organization.Name == post.Organization && t.EndOn < from && people.Contains(t.Person.Name))
            .ToListAsync(cancellationToken);
        return rows.Select(t => t.ToTimeline(post)).ToList();
    }

    private IQueryable<TenureEntity> StoredTenures(Post post, DateOnly? from)
    {
        var rows = db.Tenures.Where(t => t.Post.Title == post.Title && t.Post.Organization.Name == post.Organization);
        return from is { } since ? rows.Where(t => t.EndOn == null || t.EndOn >= since) : rows;
    }

    /// <summary>Replaces the stored tenures of <paramref name="post"/> with <paramref name="tenures"/> and appends to the change
    /// feed how they differ (<see cref="TenureChange.Between"/>), naming <paramref name="cause"/>; saved with the transaction.
    /// With <paramref name="from"/>, only the stored tenures not ended before that date are replaced (<paramref name="tenures"/>
    /// then come from <see cref="TenureTimeline.DeriveFrom"/> resumed there); the others stay as they are.</summary>
    public async Task ReplaceTenuresAsync(Post post, IReadOnlyList<Tenure> tenures, ChangeCause cause, CancellationToken cancellationToken,
        DateOnly? from = null)
    {
        var postEntity = await PostAsync(post, cancellationToken);
        _rewrittenPosts.Add(postEntity);
        var stored = postEntity.Id == 0 ? [] : await StoredTenures(post, from).Include(t => t.Person).ToListAsync(cancellationToken);
        db.Tenures.RemoveRange(stored);
        foreach (var change in TenureChange.Between(stored.Select(t => t.ToTimeline(post)).ToList(), tenures))
        {
            // Added to the feed by ResolvePeopleAsync once its person id is known: feed rows are never updated.
            _tenureChanges.Add((change.ToEntity(cause.DocumentNumber, cause.RecordedAt), postEntity));
        }
        foreach (var tenure in tenures)
        {
            var row = tenure.ToEntity();
            row.Post = postEntity;
            row.Person = await PersonAsync(tenure.Person, cancellationToken);
            db.Tenures.Add(row);
        }
    }

    /// <summary>The person a new row of this write names by <paramref name="name"/>: a placeholder, one per name and write, until
    /// <see cref="ResolvePeopleAsync"/> points the row at the person the rules resolve it to (docs/identity.md).</summary>
    public Task<PersonEntity> PersonAsync(string name, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        if (!_placeholders.TryGetValue(name, out var placeholder))
        {
            placeholder = db.People.Add(new PersonEntity { Name = name }).Entity;
            _placeholders[name] = placeholder;
        }
        return Task.FromResult(placeholder);
    }

    /// <summary>Saves the write's rows, then resolves every mention of the names it wrote or whose tenures it changed
    /// (<see cref="PersonIdentities"/>), so rows, tenures and change-feed entries carry person ids. Call last in the
    /// transaction, before commit. Last, rewrites the stored anomalies of the posts whose tenures were replaced
    /// (<see cref="AnomalyProjection"/>), in the same transaction.</summary>
    public async Task ResolvePeopleAsync(ChangeCause cause, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var names = _placeholders.Keys.Concat(_tenureChanges.Select(c => c.Change.Person).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        await _identities.ResolveAsync(names, _placeholders.Values.ToList(), _tenureChanges.Select(c => (c.Change, c.Post.Id)).ToList(), cause,
            cancellationToken);
        db.Changes.AddRange(_tenureChanges.Select(c => c.Change));
        await db.SaveChangesAsync(cancellationToken);
        _placeholders.Clear();
        _tenureChanges.Clear();
        var rewritten = _rewrittenPosts.Select(p => p.Id).ToList();
        _rewrittenPosts.Clear();
        await AnomalyProjection.RefreshAsync(db, rewritten, cancellationToken);
    }

    /// <summary>The organisation with this canonical name, added (with its kind and parent) when new.</summary>
    public async Task<OrganizationEntity> OrganizationAsync(string name, CancellationToken cancellationToken)
    {
        var existing = db.Organizations.Local.FirstOrDefault(o => o.Name == name)
            ?? await db.Organizations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (existing is not null) return existing;
        var organization = new OrganizationEntity { Name = name, Kind = tables.Kinds.KindOf(name)?.Name };
        db.Organizations.Add(organization);
        if (tables.Kinds.ParentOf(name) is { } parentName)
        {
            organization.Parent = await OrganizationAsync(parentName, cancellationToken);
        }
        return organization;
    }

    /// <summary>The post, added (with its organisation) when new.</summary>
    public async Task<PostEntity> PostAsync(Post post, CancellationToken cancellationToken)
    {
        var existing = db.Posts.Local.FirstOrDefault(p => p.Title == post.Title && p.Organization?.Name == post.Organization)
            ?? await db.Posts.Include(p => p.Organization)
                .FirstOrDefaultAsync(p => p.Title == post.Title && p.Organization.Name == post.Organization, cancellationToken);
        if (existing is not null) return existing;
        return db.Posts.Add(new PostEntity
        {
            Organization = await OrganizationAsync(post.Organization, cancellationToken),
            Title = post.Title,
            Rank = post.Rank,
        }).Entity;
    }
}
