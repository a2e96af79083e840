using Google.Protobuf.Reflection;

namespace Roster.Protos.Naming;

/// <summary>
/// The short words of the roster.v1 enums. Every enum value carries its type as a prefix (buf STANDARD's
/// ENUM_VALUE_PREFIX: <c>POST_RANK_HEAD</c>, <c>COVERAGE_HELD</c>, <c>ORDER_ACTION_APPOINT</c>), which is what the
/// proto3 JSON mapping writes. People type and read the word without it (<c>HEAD</c>, <c>HELD</c>, <c>APPOINT</c>):
/// the CLI's tables and order files, and HTTP query parameters. See docs/decisions.md ("Enum value names").
/// </summary>
public static class EnumWords
{
    private const string Zero = "UNSPECIFIED";

    /// <summary>The prefix every value of <paramref name="type"/> carries (<c>POST_RANK_</c>), or "" when the enum has none.</summary>
    public static string Prefix(EnumDescriptor type)
    {
        if (type.FindValueByNumber(0)?.Name is not { } unspecified || !unspecified.EndsWith(Zero, StringComparison.Ordinal)) return "";
        var prefix = unspecified[..^Zero.Length];
        return type.Values.All(v => v.Name.StartsWith(prefix, StringComparison.Ordinal)) ? prefix : "";
    }

    /// <summary>The short word of value <paramref name="number"/> (<c>HEAD</c>), or the number itself when the enum has no such value.</summary>
    public static string Word(EnumDescriptor type, int number) =>
        type.FindValueByNumber(number) is { } value
            ? value.Name[Prefix(type).Length..]
            : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The value named by <paramref name="text"/>, any case: the short word (<c>head</c>) or the full name
    /// (<c>POST_RANK_HEAD</c>); null for anything else, the zero value's word included.
    /// </summary>
    public static EnumValueDescriptor? Find(EnumDescriptor type, string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        if (upper.Length == 0) return null;
        var value = type.FindValueByName(Prefix(type) + upper) ?? type.FindValueByName(upper);
        return value is { Number: not 0 } ? value : null;
    }
}
