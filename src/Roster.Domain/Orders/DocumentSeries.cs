using Roster.Domain.Errors;
using Roster.Domain.Names;

namespace Roster.Domain.Orders;

/// <summary>
/// A document series is one issuing organ's (docs/orders.md, document numbers): the organ's code before 〔year〕 (阳政任字)
/// numbers that organ's documents only, so an order of another issuer under a series already recorded for one would take that
/// organ's numbers and block its next order. The ledger and the bulk loader hand in the issuers recorded under the series.
/// </summary>
public static class DocumentSeries
{
    /// <summary>Reason code for an order whose series is recorded under another issuer.</summary>
    public const string OtherIssuerReason = "DOCUMENT_SERIES_OF_ANOTHER_ISSUER";

    /// <summary>The half-open range [From, To) of canonical document numbers in the series of <paramref name="number"/>:
    /// every number "code〔year〕n号" sorts (ordinally) between "code〔" and "code〕", so a store can read the series as a range
    /// of its indexed column.</summary>
    public static (string From, string To) RangeOf(DocumentNumber number) => (number.Code + "〔", number.Code + "〕");

    /// <summary>Throws <see cref="PreconditionFailedException"/> (<see cref="OtherIssuerReason"/>, on <c>document_number</c>)
    /// when <paramref name="recordedIssuers"/>, the issuers of the orders recorded under the series of <paramref name="order"/>,
    /// name an issuer other than the order's.</summary>
    public static void EnsureOwnedBy(Order order, IEnumerable<string> recordedIssuers)
    {
        if (recordedIssuers.FirstOrDefault(i => i != order.Issuer) is not { } owner) return;
        var violation = new PreconditionViolation(OtherIssuerReason, "document_number",
            $"the document series {order.DocumentNumber.Code} is {owner}'s (recorded orders), not {order.Issuer}'s");
        throw new PreconditionFailedException(OtherIssuerReason, violation.Description, [violation]);
    }
}
