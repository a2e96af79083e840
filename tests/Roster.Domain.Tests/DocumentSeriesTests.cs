using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>A document series is one issuer's (<see cref="DocumentSeries"/>): 阳政任字 numbers 阳泉市人民政府's orders only.</summary>
public sealed class DocumentSeriesTests
{
    private static readonly Order Appointment = new OrderValidator(SeedFacts.Tables).Validate(
        Drafts.Order("阳政任字〔2022〕9号", "2022-03-01", Drafts.Appoint("王建国", "市能源局", "局长")));

    [Fact]
    public void An_order_in_a_series_recorded_only_for_its_issuer_or_not_at_all_is_accepted()
    {
        DocumentSeries.EnsureOwnedBy(Appointment, []);
        DocumentSeries.EnsureOwnedBy(Appointment, ["阳泉市人民政府"]);
    }

    [Fact]
    public void Another_issuers_order_under_a_recorded_series_is_refused_on_the_document_number()
    {
        var taiyuan = Appointment with { Issuer = "太原市人民政府" };

        var refused = Assert.Throws<PreconditionFailedException>(() => DocumentSeries.EnsureOwnedBy(taiyuan, ["阳泉市人民政府"]));

        Assert.Equal(DocumentSeries.OtherIssuerReason, refused.Reason);
        var violation = Assert.Single(refused.Violations);
        Assert.Equal(("document_number", "the document series 阳政任字 is 阳泉市人民政府's (recorded orders), not 太原市人民政府's"),
            (violation.Subject, violation.Description));
    }

    [Fact]
    public void The_series_range_holds_every_number_of_the_series_and_no_other()
    {
        var (from, to) = DocumentSeries.RangeOf(DocumentNumber.Parse("阳政任字〔2022〕9号"));

        bool InRange(string number) => string.CompareOrdinal(number, from) >= 0 && string.CompareOrdinal(number, to) < 0;
        Assert.True(InRange("阳政任字〔2022〕1号"));
        Assert.True(InRange("阳政任字〔1999〕300号"));
        Assert.False(InRange("阳政办任字〔2022〕1号"));
        Assert.False(InRange("阳政任〔2022〕1号"));
    }
}
