using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Prints the answer to <c>roster order submit</c>: what happened (created, already recorded with the same
/// content, or validated only), the order as stored and any warnings.
/// </summary>
public static class SubmitOrderView
{
    /// <summary>First line when the call stored the order.</summary>
    public const string Created = "created";

    /// <summary>First line when the same order was already stored (an idempotent resubmission).</summary>
    public const string AlreadyRecorded = "already recorded (same content)";

    /// <summary>First line for <c>--validate-only</c>: nothing was stored.</summary>
    public const string ValidatedOnly = "valid, not stored (--validate-only)";

    /// <summary>Writes <paramref name="response"/> to the request <paramref name="request"/>.</summary>
    public static void Write(SubmitOrderRequest request, SubmitOrderResponse response, TextWriter output)
    {
        var outcome = response.Created ? Created : response.AlreadyRecorded ? AlreadyRecorded : ValidatedOnly;
        var number = response.Order?.DocumentNumber ?? request.Order?.DocumentNumber ?? "";
        output.WriteLine($"{outcome}: {number}");
        output.WriteLine();
        if (response.Order is { } order)
        {
            OrderView.Write(order, output);
        }
        if (response.Warnings.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine(response.Warnings.Count == 1 ? "1 warning:" : $"{response.Warnings.Count} warnings:");
        foreach (var warning in response.Warnings)
        {
            var where = warning.ItemIndex >= 0 ? $" (items[{warning.ItemIndex}])" : "";
            output.WriteLine($"  {warning.Code}{where}: {warning.Message}");
        }
    }
}
