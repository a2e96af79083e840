using Roster.Domain.Orders;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;
using Roster.Testing;

namespace Roster.Domain.Tests.Support;

/// <summary>
/// The "ledger in memory": validated orders, every post's tenures derived from them, and the queries
/// the service answers (who held a post, what a person held, whose probation runs). No storage.
/// </summary>
public sealed class Ledger
{
    private Ledger(IReadOnlyList<Order> orders, IReadOnlyList<Tenure> tenures, IReadOnlyList<TimelineWarning> warnings)
    {
        Orders = orders;
        Tenures = tenures;
        Warnings = warnings;
    }

    /// <summary>The validated orders, in the order given.</summary>
    public IReadOnlyList<Order> Orders { get; }

    /// <summary>Every tenure of every post named by the orders.</summary>
    public IReadOnlyList<Tenure> Tenures { get; }

    /// <summary>Every warning met while deriving the timelines.</summary>
    public IReadOnlyList<TimelineWarning> Warnings { get; }

    /// <summary>The four seed orders, validated against the seed reference tables; built once.</summary>
    public static Ledger Seed => SeedInstance.Value;
    private static readonly Lazy<Ledger> SeedInstance = new(() => FromFacts(SeedFacts.Current.Orders));

    /// <summary>Validates the facts' orders (in the given sequence) and derives every timeline.</summary>
    public static Ledger FromFacts(IEnumerable<OrderFact> facts)
    {
        var validator = new OrderValidator(SeedFacts.Tables);
        return From(facts.Select(f => validator.Validate(f.ToDraft())));
    }

    /// <summary>Derives every post's timeline from <paramref name="orders"/>. <paramref name="arrange"/> may
    /// reorder each post's events before they reach <see cref="TenureTimeline.Derive"/> (to show arrival order does not matter).</summary>
    public static Ledger From(IEnumerable<Order> orders, Func<IReadOnlyList<PostEvent>, IEnumerable<PostEvent>>? arrange = null)
    {
        var list = orders.ToList();
        var tenures = new List<Tenure>();
        var warnings = new List<TimelineWarning>();
        foreach (var post in list.SelectMany(o => o.Items).Select(i => i.Post).Distinct())
        {
            var events = list.SelectMany(o => PostEvent.From(o, post)).ToList();
            var (postTenures, postWarnings) = TenureTimeline.Derive(post, arrange is null ? events : arrange(events));
            tenures.AddRange(postTenures);
            warnings.AddRange(postWarnings);
        }
        return new Ledger(list, tenures, warnings);
    }

    /// <summary>Who held the posts of <paramref name="rank"/> in <paramref name="organization"/> on <paramref name="date"/>.</summary>
    public Officeholders HoldersOn(string organization, PostRank rank, DateOnly date) =>
        Officeholders.On(date, Tenures.Where(t => t.Post.Organization == organization && t.Post.Rank == rank));

    /// <summary>Who held <paramref name="organization"/><paramref name="title"/> on <paramref name="date"/>.</summary>
    public Officeholders HoldersOn(string organization, string title, DateOnly date) =>
        Officeholders.On(date, Tenures.Where(t => t.Post.Organization == organization && t.Post.Title == title));

    /// <summary>The posts (organisation + title, as printed) <paramref name="person"/> held on <paramref name="date"/>, sorted.</summary>
    public IReadOnlyList<string> PostsOf(string person, DateOnly date) =>
        Tenures.Where(t => t.Person == person && t.IsHeldOn(date))
            .Select(t => t.Post.ToString()).Order(StringComparer.Ordinal).ToList();

    /// <summary>Tenures held on <paramref name="date"/> whose probation is running then, by probation end.</summary>
    public IReadOnlyList<Tenure> ProbationsRunningOn(DateOnly date) =>
        Tenures.Where(t => t.ProbationUntil is { } until && t.KnownSince <= date && date < until && t.IsHeldOn(date))
            .OrderBy(t => t.ProbationUntil).ThenBy(t => t.Person, StringComparer.Ordinal).ToList();

    /// <summary>The tenures as a list in one canonical order, for comparing two ledgers.</summary>
    public IReadOnlyList<Tenure> CanonicalTenures() =>
        Tenures.OrderBy(t => t.Post.Organization, StringComparer.Ordinal).ThenBy(t => t.Post.Title, StringComparer.Ordinal)
            .ThenBy(t => t.KnownSince).ThenBy(t => t.Person, StringComparer.Ordinal).ToList();

    /// <summary>The warnings as a list in one canonical order, for comparing two ledgers.</summary>
    public IReadOnlyList<TimelineWarning> CanonicalWarnings() =>
        Warnings.OrderBy(w => w.DocumentNumber, StringComparer.Ordinal).ThenBy(w => w.Position)
            .ThenBy(w => w.Code, StringComparer.Ordinal).ThenBy(w => w.Message, StringComparer.Ordinal).ToList();
}
