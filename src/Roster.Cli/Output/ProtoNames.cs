using Google.Protobuf.Reflection;
using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Enum values by their proto names (<c>HEAD</c>, <c>HELD</c>, <c>APPOINT</c>), as the protos, the server's
/// messages and <c>--json</c> spell them, instead of the C# names (<c>Head</c>).
/// </summary>
public static class ProtoNames
{
    /// <summary>The proto name of a post rank, e.g. <c>HEAD</c>.</summary>
    public static string ToWire(this PostRank rank) => NameOf(CommonReflection.Descriptor, "PostRank", (int)rank);

    /// <summary>The proto name of a coverage, e.g. <c>HELD</c>.</summary>
    public static string ToWire(this Coverage coverage) => NameOf(CommonReflection.Descriptor, "Coverage", (int)coverage);

    /// <summary>The proto name of an order action, e.g. <c>APPOINT</c>.</summary>
    public static string ToWire(this OrderAction action) => NameOf(OrderServiceReflection.Descriptor, "OrderAction", (int)action);

    /// <summary>The proto name of a group kind, e.g. <c>LEADING_GROUP</c>.</summary>
    public static string ToWire(this GroupKind kind) => NameOf(GroupServiceReflection.Descriptor, "GroupKind", (int)kind);

    /// <summary>The proto name of a change kind, e.g. <c>TENURE_STARTED</c>.</summary>
    public static string ToWire(this ChangeKind kind) => NameOf(ChangeServiceReflection.Descriptor, "ChangeKind", (int)kind);

    private static string NameOf(FileDescriptor file, string enumName, int number) =>
        file.FindTypeByName<EnumDescriptor>(enumName)?.FindValueByNumber(number)?.Name
        ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
