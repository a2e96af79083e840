using Roster.Domain.Orders;
using Roster.Domain.Time;

namespace Roster.Bench.Dataset;

/// <summary>
/// Generates a realistic national dataset of appointment and removal orders, one jurisdiction at a time:
/// each jurisdiction's government meets about monthly and issues 任免通知 of up to eight items; every post has
/// one holder at a time (the deputy title two), terms of six to twelve years, a successor at the same meeting
/// nine times in ten (else a vacancy of one to six months), probation of one year on a third of appointments,
/// transfers between posts of one jurisdiction, and holders in office when the records begin whose start is
/// unknown (their removal is the first order naming them). Deterministic for a given <see cref="DatasetShape"/>.
/// </summary>
public sealed class DatasetGenerator(DatasetShape shape)
{
    private const int MaxItemsPerOrder = 8;

    /// <summary>Organisation name endings (kinds from seed/organization-kinds.yaml) and their head title.</summary>
    private static readonly (string Suffix, string Head)[] Organizations =
    [
        ("公安局", "局长"), ("财政局", "局长"), ("教育局", "局长"), ("民政局", "局长"), ("司法局", "局长"),
        ("人力资源和社会保障局", "局长"), ("自然资源局", "局长"), ("生态环境局", "局长"), ("住房和城乡建设局", "局长"),
        ("交通运输局", "局长"), ("水利局", "局长"), ("农业农村局", "局长"), ("商务局", "局长"), ("文化和旅游局", "局长"),
        ("卫生健康委员会", "主任"), ("退役军人事务局", "局长"), ("应急管理局", "局长"), ("审计局", "局长"),
        ("市场监督管理局", "局长"), ("统计局", "局长"), ("医疗保障局", "局长"), ("林业局", "局长"), ("能源局", "局长"),
        ("发展和改革委员会", "主任"), ("工业和信息化局", "局长"), ("科学技术局", "局长"), ("民族宗教事务局", "局长"),
        ("体育局", "局长"), ("信访局", "局长"), ("行政审批服务管理局", "局长"), ("城市管理局", "局长"),
        ("国有资产监督管理委员会", "主任"), ("地方金融监督管理局", "局长"), ("粮食和物资储备局", "局长"),
        ("人民防空办公室", "主任"), ("机关事务管理局", "局长"), ("大数据应用局", "局长"), ("乡村振兴局", "局长"),
        ("档案局", "局长"), ("政务服务中心", "主任"),
    ];

    private const string PlaceCharacters = "安宁平阳山江河东西南北城丰和兴华昌庆福德永长清新远武泰定吉临乐康宝寿建广盛通汾涞沁襄榆灵";
    private static readonly string[] Levels = ["县", "市", "区"];

    /// <summary>The jurisdictions' names, distinct, in a fixed order.</summary>
    public IReadOnlyList<string> Jurisdictions { get; } = JurisdictionNames(shape.Jurisdictions);

    /// <summary>The canonical organisation names of jurisdiction <paramref name="index"/>.</summary>
    public IEnumerable<(string Organization, string Head)> OrganizationsOf(int index) =>
        Organizations.Take(shape.Organizations).Select(o => (Jurisdictions[index] + o.Suffix, o.Head));

    /// <summary>Every order, one list per jurisdiction (a batch closed over its posts, as the bulk loader needs).</summary>
    public IEnumerable<IReadOnlyList<OrderDraft>> Batches()
    {
        for (var j = 0; j < shape.Jurisdictions; j++) yield return Jurisdiction(j);
    }

    /// <summary>The orders of jurisdiction <paramref name="index"/>, by date.</summary>
    public IReadOnlyList<OrderDraft> Jurisdiction(int index)
    {
        var random = new Random(unchecked(shape.Seed * 1_000_003 + index));
        var name = Jurisdictions[index];
        var start = new DateOnly(shape.FirstYear, 1, 1);
        var end = new DateOnly(2025, 12, 31);
        var meetings = new List<DateOnly>();
        for (var month = start; month <= end; month = month.AddMonths(1)) meetings.Add(month.AddDays(random.Next(3, 26)));

        // Changes per meeting; removals before appointments so a transfer reads naturally.
        var byMeeting = meetings.Select(_ => new List<Change>()).ToList();
        foreach (var (organization, head) in OrganizationsOf(index))
        {
            var titles = new[] { head, "常务副" + head, "副" + head, "总工程师", "总经济师" }.Take(shape.Posts);
            foreach (var title in titles)
            {
                var slots = title.StartsWith('副') ? 2 : 1;
                for (var slot = 0; slot < slots; slot++) SimulateSlot(random, organization, title, meetings.Count, byMeeting);
            }
        }
        MakeTransfers(random, byMeeting);

        var orders = new List<OrderDraft>();
        var sequence = new Dictionary<int, int>();
        for (var m = 0; m < meetings.Count; m++)
        {
            var items = byMeeting[m].OrderBy(c => c.Action == OrderAction.Appoint ? 1 : 0).Select(c => c.ToDraft()).ToList();
            for (var offset = 0; offset < items.Count; offset += MaxItemsPerOrder)
            {
                var decided = meetings[m];
                var number = sequence[decided.Year] = sequence.GetValueOrDefault(decided.Year) + 1;
                orders.Add(new OrderDraft
                {
                    DocumentNumber = $"{name}政任字〔{decided.Year}〕{number}号",
                    Issuer = name + "人民政府",
                    DecisionBody = name + "人民政府常务会议",
                    DecidedOn = CalendarDate.From(decided),
                    IssuedOn = CalendarDate.From(decided.AddDays(random.Next(0, 6))),
                    Items = items.Skip(offset).Take(MaxItemsPerOrder).ToList(),
                });
            }
        }
        return orders;
    }

    /// <summary>One person's time in one post: the appointment and the removal name the same holding.</summary>
    private sealed class Holding(string person, string organization, string title)
    {
        public string Person { get; set; } = person;
        public string Organization { get; } = organization;
        public string Title { get; } = title;
    }

    private sealed record Change(Holding Holding, OrderAction Action, string? Probation = null, bool Flag = false, bool Acting = false)
    {
        public OrderItemDraft ToDraft() => new()
        {
            Action = Action, Person = Holding.Person, Organization = Holding.Organization, Title = Holding.Title, Probation = Probation,
            RetainsRank = Action == OrderAction.Remove && Flag, Concurrent = Action == OrderAction.Appoint && Flag, Acting = Acting,
        };
    }

    private static void SimulateSlot(Random random, string organization, string title, int meetings, List<List<Change>> byMeeting)
    {
        var heads = title.EndsWith('长') || title.EndsWith("主任", StringComparison.Ordinal);
        // Nine slots in ten have a holder when the records begin; their start is unknown.
        var holding = random.NextDouble() < 0.9 ? new Holding(NameTable.Draw(random), organization, title) : null;
        var m = holding is null ? random.Next(0, 24) : random.Next(0, 12 * 8);
        while (m < meetings)
        {
            if (holding is not null)
            {
                byMeeting[m].Add(new Change(holding, OrderAction.Remove, Flag: random.NextDouble() < 0.05));
                if (random.NextDouble() >= 0.9) m += random.Next(1, 7); // a vacancy
                if (m >= meetings) break;
            }
            var person = NameTable.Draw(random);
            while (byMeeting[m].Any(c => c.Holding.Person == person && c.Holding.Organization == organization && c.Holding.Title == title))
                person = NameTable.Draw(random);
            holding = new Holding(person, organization, title);
            byMeeting[m].Add(new Change(holding, OrderAction.Appoint, heads && random.NextDouble() < 0.33 ? "P1Y" : null,
                Flag: random.NextDouble() < 0.03, Acting: random.NextDouble() < 0.02));
            m += random.Next(12 * 6, 12 * 12 + 1);
        }
    }

    /// <summary>One appointment in four at a meeting goes to someone removed from another post at that meeting.</summary>
    private static void MakeTransfers(Random random, List<List<Change>> byMeeting)
    {
        foreach (var changes in byMeeting)
        {
            var removed = changes.Where(c => c.Action == OrderAction.Remove).Select(c => c.Holding.Person).Distinct().ToList();
            foreach (var change in changes)
            {
                if (change.Action != OrderAction.Appoint || removed.Count == 0 || random.NextDouble() >= 0.25) continue;
                var pick = random.Next(removed.Count);
                var person = removed[pick];
                // Never back into a post they are named in at this meeting.
                if (changes.Any(c => c.Holding.Person == person && c.Holding.Organization == change.Holding.Organization && c.Holding.Title == change.Holding.Title)) continue;
                removed.RemoveAt(pick);
                change.Holding.Person = person;
            }
        }
    }

    private static List<string> JurisdictionNames(int count)
    {
        var names = new List<string>(count);
        foreach (var level in Levels)
            foreach (var a in PlaceCharacters)
                foreach (var b in PlaceCharacters)
                {
                    if (a == b) continue;
                    names.Add($"{a}{b}{level}");
                }
        // A fixed shuffle so the first jurisdictions are a mix of counties, cities and districts.
        var random = new Random(20_26);
        var shuffled = names.OrderBy(_ => random.Next()).Take(count).ToList();
        if (shuffled.Count < count) throw new ArgumentException($"at most {names.Count} jurisdictions");
        return shuffled;
    }
}
