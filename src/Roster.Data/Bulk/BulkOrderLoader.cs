using Roster.Data.Ledger;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Roster.Data.Entities;
using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Data.Bulk;

/// <summary>
/// Loads many orders into an empty Roster database (SQLite, or PostgreSQL through <see cref="PostgresBulkRowWriter"/>) without one round trip per order: each draft goes
/// through the same <see cref="OrderValidator"/> and document-series rule (<see cref="DocumentSeries"/>) as SubmitOrder, each
/// item becomes timeline events as the ledger makes them (<see cref="PostEvent.Of"/>), and each post's tenures come from the same
/// <see cref="TenureTimeline.Derive(Post, IEnumerable{PostEvent})"/> (no roster evidence: the generator issues orders only), then the rows are written with prepared INSERT commands, one
/// transaction per batch.
/// </summary>
/// <remarks>
/// A batch must be closed over its posts: every order naming a post is in the same batch (a jurisdiction's
/// history, say), so the timeline derived from the batch is the post's whole timeline, as the ledger derives it
/// from every stored item. A post seen again in a later batch, a repeated document number or a non-empty
/// <c>orders</c> table is an error, and so is a correcting order (revoke/amend): this path is for first loads, not for merging into a live ledger.
/// Staging (<see cref="Stage"/>) touches no database; writing (<see cref="Write(SqliteConnection, StagedBatch)"/>) does nothing else, so the
/// same staged rows can be written again as the raw-insert baseline.
/// </remarks>
public sealed class BulkOrderLoader(OrderValidator validator, ReferenceTables tables)
{
    /// <summary>The person of each name in each jurisdiction loaded so far (docs/identity.md, rule 4 across batches).</summary>
    private readonly Dictionary<(string Name, string Jurisdiction), long> _people = [];
    private readonly HashSet<long> _personIds = [];
    private readonly Dictionary<string, long> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<Post, long> _posts = [];
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _seriesIssuers = new(StringComparer.Ordinal);
    private long _nextPerson = 1, _nextOrganization = 1, _nextPost = 1, _nextOrder = 1, _nextItem = 1, _nextTenure = 1;

    /// <summary>Time spent validating drafts, deriving timelines and writing rows so far.</summary>
    public BulkLoadTimings Timings { get; } = new();

    /// <summary>Validates and derives one batch into rows with ids assigned; reads and writes no database.
    /// Throws <see cref="Domain.Errors.InvalidInputException"/> for an invalid draft (field paths prefixed
    /// <c>orders[i]</c>), <see cref="Domain.Errors.PreconditionFailedException"/> for an order under another issuer's document
    /// series, and <see cref="InvalidOperationException"/> when the batch breaks the contract above.</summary>
    public StagedBatch Stage(IReadOnlyList<OrderDraft> drafts, DateTime recordedAt)
    {
        var batch = new StagedBatch();
        var clock = Stopwatch.StartNew();
        var orders = ValidateAll(drafts);
        foreach (var order in orders)
        {
            if (order.Corrects is not null)
                throw new InvalidOperationException($"order {order.DocumentNumber} corrects {order.Corrects.Target}: corrections go through the ledger, not the bulk loader");
            if (!_documents.Add(order.DocumentNumber.ToString()))
                throw new InvalidOperationException($"document number {order.DocumentNumber} appears twice in the load");
            // The ledger's series rule, over the orders loaded so far (the database was empty).
            var series = order.DocumentNumber.Code;
            DocumentSeries.EnsureOwnedBy(order, _seriesIssuers.TryGetValue(series, out var owner) ? [owner] : []);
            _seriesIssuers[series] = order.Issuer;
        }
        Timings.Validate += clock.Elapsed;

        clock.Restart();
        var events = new Dictionary<Post, List<PostEvent>>();
        var mentions = new List<(OrderItemEntity Row, Domain.People.Mention Mention)>();
        foreach (var order in orders)
        {
            var orderRow = order.ToEntity(recordedAt);
            orderRow.Id = _nextOrder++;
            batch.Orders.Add(orderRow);
            foreach (var item in order.Items)
            {
                batch.Items.Add(new OrderItemEntity
                {
                    Id = _nextItem++,
                    OrderId = orderRow.Id,
                    Position = item.Position,
                    Action = item.Action,
                    PostId = PostId(item.Post, batch),
                    Probation = item.Probation?.ToString(),
                    RetainsRank = item.RetainsRank,
                    Concurrent = item.Concurrent,
                    Acting = item.Acting,
                    Note = item.Note,
                });
                var row = batch.Items[^1];
                mentions.Add((row, new Domain.People.Mention(Domain.People.MentionKind.OrderItem, row.Id, item.Person,
                    Domain.People.Jurisdictions.OfIssuer(order.Issuer, tables), order.DocumentNumber.ToString(), row.PostId, NamedPerson(item))));
                if (!events.TryGetValue(item.Post, out var list)) events[item.Post] = list = [];
                list.Add(PostEvent.Of(order, item));
            }
        }

        var holders = ResolvePeople(mentions, batch);
        foreach (var (post, postEvents) in events)
        {
            var (tenures, warnings) = TenureTimeline.Derive(post, postEvents);
            batch.Warnings += warnings.Count;
            var postId = _posts[post];
            foreach (var tenure in tenures)
            {
                var row = tenure.ToEntity();
                row.Id = _nextTenure++;
                row.PostId = postId;
                row.PersonId = holders[(postId, tenure.Person)];
                batch.Tenures.Add(row);
            }
        }
        Timings.Derive += clock.Elapsed;
        return batch;
    }

    /// <summary>Validates every draft, on all cores (the validator is pure); on failure throws the error of the
    /// first invalid draft in input order, as a sequential loop would.</summary>
    private Order[] ValidateAll(IReadOnlyList<OrderDraft> drafts)
    {
        var orders = new Order[drafts.Count];
        var errors = new Exception?[drafts.Count];
        Parallel.For(0, drafts.Count, i =>
        {
            try { orders[i] = validator.Validate(drafts[i], $"orders[{i}]"); }
            catch (Domain.Errors.InvalidInputException e) { errors[i] = e; }
        });
        if (Array.Find(errors, e => e is not null) is { } first) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        return orders;
    }

    /// <summary>Writes one staged batch in one transaction with prepared INSERT commands on <paramref name="connection"/>.</summary>
    public void Write(SqliteConnection connection, StagedBatch batch)
    {
        var clock = Stopwatch.StartNew();
        BulkRowWriter.Write(connection, batch);
        Timings.Write += clock.Elapsed;
        Timings.Orders += batch.Orders.Count;
        Timings.Tenures += batch.Tenures.Count;
    }

    /// <summary>Writes one staged batch into PostgreSQL in one transaction with binary COPY (<see cref="PostgresBulkRowWriter"/>).</summary>
    public void Write(Npgsql.NpgsqlConnection connection, StagedBatch batch)
    {
        var clock = Stopwatch.StartNew();
        PostgresBulkRowWriter.Write(connection, batch);
        Timings.Write += clock.Elapsed;
        Timings.Orders += batch.Orders.Count;
        Timings.Tenures += batch.Tenures.Count;
    }

    /// <summary>Opens <paramref name="connectionString"/> with the server's pragmas (<c>synchronous=FULL</c>,
    /// foreign keys on), a large page cache and a rollback journal, and refuses a database that already holds
    /// orders. Call <see cref="Finish"/> when the load is done.</summary>
    public static SqliteConnection OpenEmpty(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // A 256 MiB page cache for this connection only: with SQLite's default 2,000 pages the secondary indexes
        // (names, document numbers, people's tenures) stop fitting after a few hundred thousand rows and every
        // insert turns into random reads.
        // And a rollback journal instead of WAL while loading: SQLite journals only pages that existed when a
        // transaction began, so rows appended to an empty file are written once, not to the WAL and again at
        // every checkpoint. Finish puts the file back in WAL mode (the server also does on start).
        command.CommandText = "PRAGMA journal_mode=TRUNCATE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-262144;";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM organizations)";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
        {
            connection.Dispose();
            throw new InvalidOperationException("the bulk loader writes only into an empty, migrated database");
        }
        return connection;
    }

    /// <summary>Puts a file opened by <see cref="OpenEmpty"/> back in WAL mode, the server's journal.</summary>
    public static void Finish(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    /// <summary>Resolves the batch's mentions to people by the ledger's rules (<see cref="Domain.People.PersonClusters"/>, per name),
    /// a cluster taking the person its jurisdictions already have from earlier batches (the lowest id when several do) or a new
    /// one; sets each item's person and reason and returns the person of each name on each post, for the tenures.</summary>
    private Dictionary<(long PostId, string Name), long> ResolvePeople(List<(OrderItemEntity Row, Domain.People.Mention Mention)> mentions,
        StagedBatch batch)
    {
        var holders = new Dictionary<(long, string), long>();
        var rows = mentions.ToDictionary(m => m.Mention.RowId, m => m.Row);
        foreach (var sameName in mentions.GroupBy(m => m.Mention.Name, StringComparer.Ordinal))
        {
            foreach (var cluster in Domain.People.PersonClusters.Derive(sameName.Select(m => m.Mention).ToList()))
            {
                var jurisdictions = cluster.Jurisdictions;
                var id = cluster.ExplicitPerson
                    ?? jurisdictions.Select(j => _people.TryGetValue((sameName.Key, j), out var known) ? known : long.MaxValue).Min();
                if (id == long.MaxValue)
                {
                    id = _nextPerson++;
                    batch.People.Add(new PersonEntity { Id = id, Name = sameName.Key, Jurisdiction = cluster.Mentions[0].Mention.Jurisdiction });
                    _personIds.Add(id);
                }
                if (cluster.ExplicitPerson is null)
                {
                    foreach (var jurisdiction in jurisdictions) _people.TryAdd((sameName.Key, jurisdiction), id);
                }
                foreach (var (mention, reason) in cluster.Mentions)
                {
                    var row = rows[mention.RowId];
                    row.PersonId = id;
                    row.PersonReason = reason;
                    if (cluster.ExplicitPerson is null || !holders.ContainsKey((row.PostId, sameName.Key))) holders[(row.PostId, sameName.Key)] = id;
                }
            }
        }
        return holders;
    }

    /// <summary>The id an item names, which must be a person loaded before it (the load starts from an empty database).</summary>
    private long? NamedPerson(OrderItem item)
    {
        if (item.NamedPerson is not { } named) return null;
        if (!_personIds.Contains(named.Value))
            throw new InvalidOperationException($"item {item.Position} of a loaded order names {named}, which no earlier batch of this load created");
        return named.Value;
    }

    private long OrganizationId(string name, StagedBatch batch)
    {
        if (_organizations.TryGetValue(name, out var id)) return id;
        // Parents first, as the ledger does: the parent is named by the structure of the name.
        long? parent = tables.Kinds.ParentOf(name) is { } parentName ? OrganizationId(parentName, batch) : null;
        id = _nextOrganization++;
        _organizations[name] = id;
        batch.Organizations.Add(new OrganizationEntity { Id = id, Name = name, Kind = tables.Kinds.KindOf(name)?.Name, ParentId = parent });
        return id;
    }

    private long PostId(Post post, StagedBatch batch)
    {
        if (_posts.TryGetValue(post, out var id))
        {
            if (!batch.PostIds.Contains(id))
                throw new InvalidOperationException($"{post} appears in two batches; a batch must hold every order naming its posts");
            return id;
        }
        id = _nextPost++;
        _posts[post] = id;
        batch.PostIds.Add(id);
        batch.Posts.Add(new PostEntity { Id = id, OrganizationId = OrganizationId(post.Organization, batch), Title = post.Title, Rank = post.Rank });
        return id;
    }
}

/// <summary>Rows of one batch, ids assigned, ready to insert.</summary>
public sealed class StagedBatch
{
    /// <summary>People first named in this batch.</summary>
    public List<PersonEntity> People { get; } = [];
    /// <summary>Organisations first named in this batch, parents before children.</summary>
    public List<OrganizationEntity> Organizations { get; } = [];
    /// <summary>Posts of this batch (each appears in no other batch).</summary>
    public List<PostEntity> Posts { get; } = [];
    /// <summary>Ids of <see cref="Posts"/>.</summary>
    public HashSet<long> PostIds { get; } = [];
    /// <summary>The orders.</summary>
    public List<OrderEntity> Orders { get; } = [];
    /// <summary>Their items.</summary>
    public List<OrderItemEntity> Items { get; } = [];
    /// <summary>The derived tenures of the batch's posts.</summary>
    public List<TenureEntity> Tenures { get; } = [];
    /// <summary>Timeline warnings met (overlapping heads, removals without a recorded tenure…).</summary>
    public int Warnings { get; set; }
}

/// <summary>Where a bulk load spent its time.</summary>
public sealed class BulkLoadTimings
{
    /// <summary>In <see cref="OrderValidator.Validate"/>.</summary>
    public TimeSpan Validate { get; set; }
    /// <summary>Building rows and deriving timelines.</summary>
    public TimeSpan Derive { get; set; }
    /// <summary>Inserting and committing.</summary>
    public TimeSpan Write { get; set; }
    /// <summary>Orders written.</summary>
    public long Orders { get; set; }
    /// <summary>Tenures written.</summary>
    public long Tenures { get; set; }
    /// <summary>Total time.</summary>
    public TimeSpan Total => Validate + Derive + Write;
}
