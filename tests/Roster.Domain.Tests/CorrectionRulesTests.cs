using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Orders;
using Roster.Domain.Tests.Support;
using Roster.Testing;

namespace Roster.Domain.Tests;

/// <summary>The preconditions of a correction (<see cref="CorrectionRules"/>) from the facts recorded about its target:
/// a revocation of 阳政任字〔2022〕4号 (段拥军任职) by 阳泉市人民政府, against targets dated 2022-01-26 here.</summary>
public sealed class CorrectionRulesTests
{
    private static readonly OrderValidator Validator = new(SeedFacts.Tables);

    private static Order Revocation(string on = "2022-02-10") => Validator.Validate(
        Drafts.Order("阳政任字〔2022〕9号", on) with { Corrects = new CorrectionDraft { DocumentNumber = "阳政任字〔2022〕4号", Kind = CorrectionKind.Revoke } });

    private static CorrectionTarget Target(string issuer = "阳泉市人民政府", CorrectionKind? kind = null, RecordedCorrection? correctedBy = null) =>
        new("阳政任字〔2022〕4号", issuer, new DateOnly(2022, 1, 26), new DateOnly(2022, 1, 26), new DateOnly(2022, 1, 26), kind, correctedBy);

    private static string ReasonOf(Order order, CorrectionTarget? target)
    {
        var failed = Assert.Throws<PreconditionFailedException>(() => CorrectionRules.EnsureMayCorrect(order, target));
        Assert.Equal(CorrectionRules.Subject, Assert.Single(failed.Violations).Subject);
        return failed.Reason;
    }

    [Fact]
    public void The_issuer_may_revoke_its_own_order_in_force_on_or_after_its_issue_date()
    {
        CorrectionRules.EnsureMayCorrect(Revocation(), Target());
        CorrectionRules.EnsureMayCorrect(Revocation("2022-01-26"), Target());
    }

    [Fact]
    public void An_order_that_corrects_nothing_has_no_preconditions()
    {
        CorrectionRules.EnsureMayCorrect(Validator.Validate(Drafts.Order("阳政任字〔2022〕9号", "2022-02-10", Drafts.Appoint("王建国", "市能源局", "局长"))), null);
    }

    [Fact]
    public void A_target_not_recorded_is_refused() => Assert.Equal(CorrectionRules.TargetMissingReason, ReasonOf(Revocation(), null));

    [Fact]
    public void A_target_of_another_issuer_is_refused() =>
        Assert.Equal(CorrectionRules.OtherIssuerReason, ReasonOf(Revocation(), Target(issuer: "太原市人民政府")));

    [Fact]
    public void A_correction_dated_before_its_target_was_issued_is_refused() =>
        Assert.Equal(CorrectionRules.BeforeTargetReason, ReasonOf(Revocation("2022-01-25"), Target()));

    [Fact]
    public void A_target_already_corrected_is_refused_naming_the_correction()
    {
        var earlier = new RecordedCorrection("阳政任字〔2022〕8号", CorrectionKind.Amend, new DateTime(2022, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var failed = Assert.Throws<PreconditionFailedException>(() => CorrectionRules.EnsureMayCorrect(Revocation(), Target(correctedBy: earlier)));

        Assert.Equal(CorrectionRules.AlreadyCorrectedReason, failed.Reason);
        Assert.Contains("already amended by 阳政任字〔2022〕8号", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revocation_is_not_corrected_in_turn() =>
        Assert.Equal(CorrectionRules.RevocationReason, ReasonOf(Revocation(), Target(kind: CorrectionKind.Revoke)));
}
