using Microsoft.EntityFrameworkCore;
using Roster.Data;
using Roster.Data.Bulk;
using Roster.Data.Ledger;
using Roster.Domain.Errors;
using Roster.Domain.Orders;
using Roster.Testing;

namespace Roster.Scale.Tests;

/// <summary>
/// Correcting orders loaded in bulk and submitted one by one through the ledger (the path of SubmitOrder), shared by the SQLite and
/// PostgreSQL tests: 阳泉市人民政府 appoints 王建国 市能源局局长 (1号), 李明 市财政局局长 (2号) and 张三 市教育局局长 (5号), revokes 2号 (3号)
/// and amends 1号 to appoint 王建国 市能源局副局长 instead (4号). Each refused correction is the accepted load plus one order.
/// </summary>
internal static class BulkCorrectionScenario
{
    /// <summary>The recorded time of every order, bulk or ledger (the ledger reads it from a fixed clock).</summary>
    public static readonly DateTime RecordedAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static OrderDraft Order(string number, (int Y, int M, int D) on, CorrectionDraft? corrects = null, string issuer = "阳泉市人民政府",
        params OrderItemDraft[] items) => new()
    {
        DocumentNumber = number,
        Issuer = issuer,
        DecidedOn = new(on.Y, on.M, on.D),
        IssuedOn = new(on.Y, on.M, on.D),
        Corrects = corrects,
        Items = items,
    };

    public static OrderItemDraft Appoint(string person, string organization, string title) =>
        new() { Action = OrderAction.Appoint, Person = person, Organization = organization, Title = title };

    public static CorrectionDraft Revokes(string number) => new() { DocumentNumber = number, Kind = CorrectionKind.Revoke };

    /// <summary>Five orders, two of them corrections every rule accepts.</summary>
    public static IReadOnlyList<OrderDraft> Accepted { get; } =
    [
        Order("阳政任字〔2022〕1号", (2022, 3, 1), items: Appoint("王建国", "市能源局", "局长")),
        Order("阳政任字〔2022〕2号", (2022, 6, 1), items: Appoint("李明", "市财政局", "局长")),
        Order("阳政任字〔2022〕3号", (2022, 7, 1), Revokes("阳政任字〔2022〕2号")),
        Order("阳政任字〔2022〕4号", (2022, 8, 1), new CorrectionDraft { DocumentNumber = "阳政任字〔2022〕1号", Kind = CorrectionKind.Amend },
            items: Appoint("王建国", "市能源局", "副局长")),
        Order("阳政任字〔2022〕5号", (2022, 8, 15), items: Appoint("张三", "市教育局", "局长")),
        // A start known only to the month (docs/time.md) and a probation confirmed by a later order: the columns of both.
        Order("阳政任字〔2022〕9号", (2022, 8, 20), items: Appoint("赵六", "市体育局", "局长") with { Probation = "P1Y" })
            with { EffectiveOn = new(2022, 9, 0) },
        Order("阳政任字〔2023〕2号", (2023, 10, 8), items: new OrderItemDraft
            { Action = OrderAction.ConfirmProbation, Person = "赵六", Organization = "市体育局", Title = "局长" }),
    ];

    /// <summary>Corrections the rules refuse after <see cref="Accepted"/>, each with the reason expected.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "wrong issuer", CorrectionRules.OtherIssuerReason },
        { "target not in force", CorrectionRules.AlreadyCorrectedReason },
        { "dated before target", CorrectionRules.BeforeTargetReason },
        { "target not recorded", CorrectionRules.TargetMissingReason },
    };

    public static OrderDraft RefusedOrder(string name) => name switch
    {
        "wrong issuer" => Order("盂政任字〔2022〕1号", (2022, 9, 1), Revokes("阳政任字〔2022〕5号"), issuer: "盂县人民政府"),
        "target not in force" => Order("阳政任字〔2022〕6号", (2022, 9, 1), Revokes("阳政任字〔2022〕2号")),
        "dated before target" => Order("阳政任字〔2022〕7号", (2022, 8, 10), Revokes("阳政任字〔2022〕5号")),
        "target not recorded" => Order("阳政任字〔2022〕8号", (2022, 9, 1), Revokes("阳政任字〔2022〕99号")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>Submits each draft in turn through <see cref="OrderLedger"/>, each in its own context, at <see cref="RecordedAt"/>.</summary>
    public static async Task SubmitAsync(Func<RosterDbContext> context, IEnumerable<OrderDraft> drafts)
    {
        var validator = new OrderValidator(SeedFacts.Tables);
        foreach (var draft in drafts)
        {
            await using var db = context();
            await new OrderLedger(db, SeedFacts.Tables, new FixedClock(RecordedAt)).SubmitAsync(validator.Validate(draft), new SubmitOptions(), CancellationToken.None);
        }
    }

    /// <summary>Stages <paramref name="drafts"/> as one batch of a new loader.</summary>
    public static StagedBatch Stage(IReadOnlyList<OrderDraft> drafts) =>
        new BulkOrderLoader(new OrderValidator(SeedFacts.Tables), SeedFacts.Tables).Stage(drafts, RecordedAt);

    /// <summary>The refusal as text: reason, message and every violation.</summary>
    public static string Describe(PreconditionFailedException e) =>
        $"{e.Reason}: {e.Message} [{string.Join("; ", e.Violations.Select(v => $"{v.Type} {v.Subject} {v.Description}"))}]";

    /// <summary>Every order (with its correction and items, each with its person reason), every tenure, and which of them share a person,
    /// by content, ignoring row ids.</summary>
    public static async Task<string> RowsAsync(Func<RosterDbContext> context)
    {
        await using var db = context();
        var orders = (await db.Orders.AsNoTracking().Include(o => o.Items).ThenInclude(i => i.Person)
                .Include(o => o.Items).ThenInclude(i => i.Post).ThenInclude(p => p.Organization).ToListAsync())
            .Select(o => $"{o.DocumentNumber}|{o.Issuer}|{o.Title}|{o.DecidedOn}|{o.IssuedOn}|{o.EffectiveOn}|{o.EffectivePrecision}|{o.RecordedAt:O}|{o.CorrectsDocumentNumber}|{o.CorrectionKind}|" +
                string.Join(";", o.Items.OrderBy(i => i.Position).Select(i =>
                    $"{i.Position}:{i.Action}:{i.Person.Name}:{i.PersonReason}:{i.Post.Organization.Name}:{i.Post.Title}:{i.Post.Rank}")))
            .Order(StringComparer.Ordinal);
        var tenures = (await db.Tenures.AsNoTracking()
            .Select(t => new { Person = t.Person.Name, Organization = t.Post.Organization.Name, t.Post.Title, t.StartOn, t.KnownSince, t.EndOn,
                t.ProbationUntil, t.StartedBy, t.EndedBy, t.StartPrecision, t.EndPrecision, t.ConfirmedOn, t.ConfirmedBy })
            .ToListAsync()).Select(t => $"{t.Person}|{t.Organization}|{t.Title}|{t.StartOn:yyyy-MM-dd}|{t.KnownSince:yyyy-MM-dd}|{t.EndOn:yyyy-MM-dd}|{t.ProbationUntil:yyyy-MM-dd}|{t.StartedBy}|{t.EndedBy}" +
                $"|{t.StartPrecision}/{t.EndPrecision}|{t.ConfirmedOn:yyyy-MM-dd}|{t.ConfirmedBy}").Order(StringComparer.Ordinal);
        // Which items and tenures share a person (ids aside: the ledger may use an id for a placeholder).
        var items = await db.OrderItems.AsNoTracking().Select(i => new { i.PersonId, Key = i.Order.DocumentNumber + "#" + i.Position }).ToListAsync();
        var held = await db.Tenures.AsNoTracking().Select(t => new { t.PersonId, t.Post.Title, t.StartOn }).ToListAsync();
        var people = items.Select(i => (i.PersonId, i.Key)).Concat(held.Select(t => (t.PersonId, Key: $"tenure {t.Title}@{t.StartOn:yyyy-MM-dd}"))).GroupBy(x => x.PersonId)
            .Select(g => string.Join(", ", g.Select(x => x.Key).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        return string.Join("\n", orders) + "\n--\n" + string.Join("\n", tenures) + "\n--\n" + string.Join("\n", people);
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
