using Google.Protobuf.Reflection;
using Roster.Protos.Naming;
using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Enum values by their short words (<c>HEAD</c>, <c>HELD</c>, <c>APPOINT</c>): the proto names without the type
/// prefix (<c>POST_RANK_HEAD</c>, which <c>--json</c> prints), instead of the C# names (<c>Head</c>). See <see cref="EnumWords"/>.
/// </summary>
public static class ProtoNames
{
    /// <summary>The short word of a post rank, e.g. <c>HEAD</c>.</summary>
    public static string ToWire(this PostRank rank) => NameOf(CommonReflection.Descriptor, "PostRank", (int)rank);

    /// <summary>The short word of a coverage, e.g. <c>HELD</c>.</summary>
    public static string ToWire(this Coverage coverage) => NameOf(CommonReflection.Descriptor, "Coverage", (int)coverage);

    /// <summary>The short word of an order action, e.g. <c>APPOINT</c>.</summary>
    public static string ToWire(this OrderAction action) => NameOf(OrderServiceReflection.Descriptor, "OrderAction", (int)action);

    /// <summary>The short word of a group kind, e.g. <c>LEADING_GROUP</c>.</summary>
    public static string ToWire(this GroupKind kind) => NameOf(GroupServiceReflection.Descriptor, "GroupKind", (int)kind);

    /// <summary>The short word of a change kind, e.g. <c>TENURE_STARTED</c>.</summary>
    public static string ToWire(this ChangeKind kind) => NameOf(ChangeServiceReflection.Descriptor, "ChangeKind", (int)kind);

    private static string NameOf(FileDescriptor file, string enumName, int number) =>
        file.FindTypeByName<EnumDescriptor>(enumName) is { } type
            ? EnumWords.Word(type, number)
            : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
