namespace Roster.Gazette;

/// <summary>Something the reader could not read, or must say about what it read, at its place in the text.</summary>
/// <param name="Line">1-based line number in the gazette text (the first line of a joined line).</param>
/// <param name="Text">The text as read there (compact: NFKC, white space removed).</param>
/// <param name="Message">What is wrong: one of the constants of <see cref="GazetteMessages"/> or
/// <see cref="Groups.GroupRosterMessages"/>.</param>
public sealed record GazetteDiagnostic(int Line, string Text, string Message)
{
    /// <summary>The stable code of <see cref="Message"/>.</summary>
    public DiagnosticCode Code => DiagnosticCodes.Of(Message);

    /// <summary>1-based column (UTF-16 code units) of the first printed character at <see cref="Line"/>; 1 until placed.</summary>
    public int Column { get; init; } = 1;

    /// <summary>1-based last line of the span; <see cref="Line"/> when 0.</summary>
    public int EndLine { get; init; }

    /// <summary>1-based column just past the span's last printed character on <see cref="EndLine"/>; 0 until placed.</summary>
    public int EndColumn { get; init; }
}
