using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>
/// Correcting orders through <see cref="OrderValidator"/>: a revocation of 阳政任字〔2022〕4号 (段拥军任职) carries no items,
/// an amendment carries the replacing items; the target is canonicalised, and faults are INVALID_ARGUMENT on
/// <c>order.corrects.*</c> or <c>order.items</c>. Whether the target is recorded is the ledger's question, not the validator's.
/// </summary>
public sealed class CorrectionValidationTests
{
    private static readonly OrderValidator Validator = new(SeedFacts.Tables);

    private static OrderDraft Revocation(string? target = "阳政任字[2022]4号", CorrectionKind? kind = CorrectionKind.Revoke, params OrderItemDraft[] items) =>
        Drafts.Order("阳政任字〔2022〕9号", "2022-02-10", items) with { Corrects = new CorrectionDraft { DocumentNumber = target, Kind = kind } };

    private static string[] FieldsRejectedIn(OrderDraft draft) =>
        Assert.Throws<InvalidInputException>(() => Validator.Validate(draft)).Violations.Select(v => v.Field).ToArray();

    [Fact]
    public void A_revocation_without_items_is_valid_with_a_canonical_target_and_a_derived_title()
    {
        var order = Validator.Validate(Revocation());

        Assert.Equal(new Correction(DocumentNumber.Parse("阳政任字〔2022〕4号"), CorrectionKind.Revoke), order.Corrects);
        Assert.Empty(order.Items);
        Assert.Equal("阳泉市人民政府关于撤销阳政任字〔2022〕4号的通知", order.Title);
        Assert.Equal(new DateOnly(2022, 2, 10), order.EffectiveOn);
    }

    [Fact]
    public void An_amendment_carries_its_replacing_items_and_is_titled_as_a_correction()
    {
        var draft = Revocation(kind: CorrectionKind.Amend, items: Drafts.Appoint("段永军", "盂县经济技术开发区管委会", "主任", "P1Y"));

        var order = Validator.Validate(draft);

        Assert.Equal(CorrectionKind.Amend, order.Corrects!.Kind);
        Assert.Equal("段永军", Assert.Single(order.Items).Person);
        Assert.Equal("阳泉市人民政府关于更正阳政任字〔2022〕4号的通知", order.Title);
    }

    [Fact]
    public void A_revocation_with_items_is_rejected_at_items()
    {
        var draft = Revocation(items: Drafts.Appoint("段永军", "盂县经济技术开发区管委会", "主任"));

        Assert.Equal(["order.items"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void An_amendment_without_items_is_rejected_at_items()
    {
        Assert.Equal(["order.items"], FieldsRejectedIn(Revocation(kind: CorrectionKind.Amend)));
    }

    [Theory]
    [InlineData("阳政任字〔2022〕9号")]   // its own number
    [InlineData("阳政任字[2022]9 号")]   // its own number, spelled otherwise
    [InlineData("第四号文件")]            // not a document number
    [InlineData("")]
    public void A_target_that_is_malformed_missing_or_the_order_itself_is_rejected_at_corrects_document_number(string target)
    {
        Assert.Equal(["order.corrects.document_number"], FieldsRejectedIn(Revocation(target)));
    }

    [Fact]
    public void A_correction_without_a_kind_is_rejected_at_corrects_kind()
    {
        var draft = Revocation(kind: null, items: Drafts.Appoint("段永军", "盂县经济技术开发区管委会", "主任"));

        Assert.Equal(["order.corrects.kind"], FieldsRejectedIn(draft));
    }

    [Fact]
    public void A_correction_of_unknown_kind_without_items_is_rejected_only_at_corrects_kind()
    {
        // An unknown kind is reported alone: "kind: FOO" must not also draw "an order needs at least one item", which is unknowable then.
        Assert.Equal(["order.corrects.kind"], FieldsRejectedIn(Revocation(kind: (CorrectionKind)99)));
        Assert.Equal(["order.corrects.kind"], FieldsRejectedIn(Revocation(kind: null)));
    }

    [Fact]
    public void The_correction_is_content_so_a_revocation_and_an_amendment_under_one_number_differ()
    {
        var item = Drafts.Appoint("段永军", "盂县经济技术开发区管委会", "主任");
        var amend = Validator.Validate(Revocation(kind: CorrectionKind.Amend, items: item));
        var plain = Validator.Validate(Drafts.Order("阳政任字〔2022〕9号", "2022-02-10", item) with { Title = amend.Title });

        Assert.False(amend.HasSameContentAs(plain));
        Assert.True(amend.HasSameContentAs(Validator.Validate(Revocation(kind: CorrectionKind.Amend, items: item))));
    }
}
