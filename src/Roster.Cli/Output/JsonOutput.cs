using Google.Protobuf;

namespace Roster.Cli.Output;

/// <summary>
/// Prints a response message as protobuf JSON (<c>--json</c>): indented, lowerCamelCase field names,
/// enums by name, fields at their default values included (so <c>"created": false</c> is there to test).
/// </summary>
public static class JsonOutput
{
    private static readonly JsonFormatter Formatter = new(
        JsonFormatter.Settings.Default.WithFormatDefaultValues(true).WithIndentation());

    private static readonly JsonFormatter LineFormatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    /// <summary>Writes <paramref name="message"/> on one line (JSON Lines, for streams).</summary>
    public static void WriteLine(IMessage message, TextWriter writer) => writer.WriteLine(LineFormatter.Format(message));

    /// <summary>Writes <paramref name="message"/> followed by a new line.</summary>
    public static void Write(IMessage message, TextWriter writer)
    {
        Formatter.Format(message, writer);
        writer.WriteLine();
    }
}
