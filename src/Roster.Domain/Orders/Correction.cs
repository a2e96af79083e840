using Roster.Domain.Names;

namespace Roster.Domain.Orders;

/// <summary>How a correcting order treats the order it names (docs/time.md: corrections are new orders).</summary>
public enum CorrectionKind
{
    /// <summary>撤销: the target is void from the start (in valid time) as soon as the revocation is recorded; it carries no items.</summary>
    Revoke = 1,
    /// <summary>更正: the correcting order's items replace the target's, as if the target had printed them.</summary>
    Amend = 2,
}

/// <summary>The earlier order a correcting order revokes or amends.</summary>
/// <param name="Target">Canonical document number of the corrected order, e.g. 阳政任字〔2022〕4号.</param>
/// <param name="Kind">Revoke or amend.</param>
public sealed record Correction(DocumentNumber Target, CorrectionKind Kind);

/// <summary>A correction as received, before validation: the number in any accepted spelling, the kind possibly unknown (null).</summary>
public sealed record CorrectionDraft
{
    /// <summary>Document number of the order corrected.</summary>
    public string? DocumentNumber { get; init; }
    /// <summary>Revoke or amend; null when not given or unknown.</summary>
    public CorrectionKind? Kind { get; init; }
}
