using Roster.Bench.Dataset;
using Roster.Domain.Orders;
using Roster.Domain.Time;

namespace Roster.Bench.Writes;

/// <summary>
/// One post's history as a chain of orders: order k (k = 0, 1, …), effective on 1990-01-01 plus k days, removes the
/// holder appointed by order k-1 and appoints a new person, so after n orders the post has n tenures (n-1 ended,
/// one open). Names drawn as the dataset generator draws them (seed 1), each person once.
/// </summary>
public sealed class PostHistory
{
    /// <summary>The organisation of the post (a seed organisation, so the reference tables know it).</summary>
    public const string Organization = "阳泉市公安局";
    /// <summary>The post's title (a deputy post: several holders could overlap, none does here).</summary>
    public const string Title = "副局长";
    private static readonly DateOnly First = new(1990, 1, 1);

    private readonly List<string> _people = [];
    private readonly HashSet<string> _drawn = new(StringComparer.Ordinal);
    private readonly Random _random = new(1);

    /// <summary>The draft of order <paramref name="k"/>.</summary>
    public OrderDraft Order(int k)
    {
        var effective = First.AddDays(k);
        var items = new List<OrderItemDraft>();
        if (k > 0) items.Add(new OrderItemDraft { Action = OrderAction.Remove, Person = Person(k - 1), Organization = Organization, Title = Title });
        items.Add(new OrderItemDraft { Action = OrderAction.Appoint, Person = Person(k), Organization = Organization, Title = Title });
        return new OrderDraft
        {
            DocumentNumber = $"阳政任字〔{effective.Year}〕{k + 1}号",
            Issuer = "阳泉市人民政府",
            DecidedOn = CalendarDate.From(effective),
            EffectiveOn = CalendarDate.From(effective),
            Items = items,
        };
    }

    private string Person(int k)
    {
        while (_people.Count <= k)
        {
            var name = NameTable.Draw(_random);
            if (_drawn.Add(name)) _people.Add(name);
        }
        return _people[k];
    }
}
