using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Data.Ledger;
using Roster.Domain.Errors;
using Roster.Domain.Names;

namespace Roster.Data.Queries;

/// <summary>Reads stored orders.</summary>
public sealed class OrderQueries(RosterDbContext db)
{
    /// <summary>Reason code for an unknown document number.</summary>
    public const string NotFoundReason = "ORDER_NOT_FOUND";

    /// <summary>The order with this document number (any accepted spelling), with the order that revoked or amended it if any;
    /// as recorded at <paramref name="asRecordedAt"/> (UTC) when given: an order recorded later is NOT_FOUND and a later
    /// correction is not shown. <see cref="InvalidInputException"/> for a malformed number, <see cref="NotFoundException"/>
    /// when none is stored.</summary>
    public async Task<RecordedOrder> GetAsync(string documentNumber, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        if (!DocumentNumber.TryParse(documentNumber, out var number))
            throw new InvalidInputException("DOCUMENT_NUMBER_INVALID", "document_number", $"'{TextForm.Quote(documentNumber)}' is not a document number such as 阳政任字〔2022〕1号");
        var canonical = number.ToString();
        var entity = await Recorded(asRecordedAt).Where(o => o.DocumentNumber == canonical).WithItems().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(NotFoundReason, asRecordedAt is { } at
                ? $"no order {canonical} was recorded at {at:yyyy-MM-ddTHH:mm:ss.fffZ}" : $"no order {canonical} is recorded");
        return (await LinkedAsync([entity], asRecordedAt, cancellationToken))[0];
    }

    // Newest issue date first, then document number and id (read down the issue-date index); the orders without an issue
    // date after them all, by document number and id: the same on every provider, whose NULL orders differ.
    private static readonly KeyColumn<OrderEntity>[] DatedKey =
    [
        KeyColumn<OrderEntity>.Of(o => o.IssuedOn!.Value, descending: true),
        KeyColumn<OrderEntity>.Of(o => o.DocumentNumber),
        KeyColumn<OrderEntity>.Of(o => o.Id),
    ];

    private static readonly KeyColumn<OrderEntity>[] UndatedKey = [KeyColumn<OrderEntity>.Of(o => o.DocumentNumber), KeyColumn<OrderEntity>.Of(o => o.Id)];

    /// <summary>Orders filtered by issuer, by a person named in an item, and by issue date in [<paramref name="issuedFrom"/>,
    /// <paramref name="issuedBefore"/>); newest issue date first (orders without one last), then document number; the page after
    /// <paramref name="cursor"/> (keyset). Each carries the order that revoked or amended it; with <paramref name="asRecordedAt"/>
    /// (UTC), only orders and corrections recorded by then.</summary>
    public async Task<Page<RecordedOrder>> ListAsync(string? issuer, string? person,
        DateOnly? issuedFrom, DateOnly? issuedBefore, PageCursor cursor, int size, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        var query = Recorded(asRecordedAt);
        if (!string.IsNullOrEmpty(issuer))
        {
            var name = TextForm.Compact(issuer);
            query = query.Where(o => o.Issuer == name);
        }
        if (!string.IsNullOrEmpty(person))
        {
            var name = PersonName.Canonical(person);
            query = query.Where(o => o.Items.Any(i => i.Person.Name == name));
        }
        if (issuedFrom is { } from) query = query.Where(o => o.IssuedOn >= from);
        if (issuedBefore is { } before) query = query.Where(o => o.IssuedOn < before);
        var dated = query.Where(o => o.IssuedOn != null);
        var undated = query.Where(o => o.IssuedOn == null);
        List<OrderEntity> page;
        if (cursor.After is null || cursor.After.Count == DatedKey.Length)
        {
            page = await dated.After(DatedKey, cursor).Take(size + 1).WithItems().ToListAsync(cancellationToken);
            if (page.Count <= size)
                page.AddRange(await undated.OrderByKey(UndatedKey).Take(size + 1 - page.Count).WithItems().ToListAsync(cancellationToken));
        }
        else
        {
            page = await undated.After(UndatedKey, cursor).Take(size + 1).WithItems().ToListAsync(cancellationToken);
        }
        var next = page.Count > size
            ? new PageCursor(Keyset.KeyOf(page[size - 1], page[size - 1].IssuedOn is null ? UndatedKey : DatedKey), 0)
            : null;
        return new(await LinkedAsync(page.Take(size).ToList(), asRecordedAt, cancellationToken), next);
    }

    private IQueryable<OrderEntity> Recorded(DateTime? asRecordedAt) =>
        asRecordedAt is { } at ? db.Orders.Where(o => o.RecordedAt <= at) : db.Orders;

    /// <summary>The domain forms of <paramref name="entities"/>, each with the correction (recorded by <paramref name="asRecordedAt"/>) naming it.</summary>
    private async Task<IReadOnlyList<RecordedOrder>> LinkedAsync(IReadOnlyList<OrderEntity> entities, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        var numbers = entities.Select(e => e.DocumentNumber).ToList();
        var corrections = await Recorded(asRecordedAt).AsNoTracking()
            .Where(o => o.CorrectsDocumentNumber != null && numbers.Contains(o.CorrectsDocumentNumber))
            .Select(o => new { Target = o.CorrectsDocumentNumber!, o.DocumentNumber, o.CorrectionKind, o.RecordedAt })
            .ToListAsync(cancellationToken);
        var byTarget = corrections.ToDictionary(c => c.Target, c => new CorrectedBy(c.DocumentNumber, c.CorrectionKind!.Value,
            DateTime.SpecifyKind(c.RecordedAt, DateTimeKind.Utc)), StringComparer.Ordinal);
        return entities.Select(e => e.ToRecorded() with { CorrectedBy = byTarget.GetValueOrDefault(e.DocumentNumber) }).ToList();
    }
}
