using Microsoft.EntityFrameworkCore;
using Roster.Data.Ledger;
using Roster.Domain.Errors;
using Roster.Domain.Names;

namespace Roster.Data.Queries;

/// <summary>Reads stored orders.</summary>
public sealed class OrderQueries(RosterDbContext db)
{
    /// <summary>Reason code for an unknown document number.</summary>
    public const string NotFoundReason = "ORDER_NOT_FOUND";

    /// <summary>The order with this document number (any accepted spelling); <see cref="InvalidInputException"/> for a
    /// malformed number, <see cref="NotFoundException"/> when none is stored.</summary>
    public async Task<RecordedOrder> GetAsync(string documentNumber, CancellationToken cancellationToken)
    {
        if (!DocumentNumber.TryParse(documentNumber, out var number))
            throw new InvalidInputException("DOCUMENT_NUMBER_INVALID", "document_number", $"'{TextForm.Quote(documentNumber)}' is not a document number such as 阳政任字〔2022〕1号");
        var canonical = number.ToString();
        var entity = await db.Orders.Where(o => o.DocumentNumber == canonical).WithItems().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(NotFoundReason, $"no order {canonical} is recorded");
        return entity.ToRecorded();
    }

    /// <summary>Orders filtered by issuer, by a person named in an item, and by issue date in [<paramref name="issuedFrom"/>,
    /// <paramref name="issuedBefore"/>); newest issue date first, then document number; one page.</summary>
    public async Task<(IReadOnlyList<RecordedOrder> Orders, bool More)> ListAsync(string? issuer, string? person,
        DateOnly? issuedFrom, DateOnly? issuedBefore, int offset, int size, CancellationToken cancellationToken)
    {
        var query = db.Orders.AsQueryable();
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
        var page = await query.OrderByDescending(o => o.IssuedOn).ThenBy(o => o.DocumentNumber).ThenBy(o => o.Id)
            .Skip(offset).Take(size + 1).WithItems().ToListAsync(cancellationToken);
        return (page.Take(size).Select(o => o.ToRecorded()).ToList(), page.Count > size);
    }
}
