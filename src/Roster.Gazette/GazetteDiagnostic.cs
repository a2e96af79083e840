namespace Roster.Gazette;

/// <summary>Something inside a notice the parser could not read, at its place in the gazette.</summary>
/// <param name="Line">1-based line number in the gazette text (the first line of a joined line).</param>
/// <param name="Text">The text as read there (compact: NFKC, white space removed).</param>
/// <param name="Message">What is wrong: one of the constants of <see cref="GazetteMessages"/>.</param>
public sealed record GazetteDiagnostic(int Line, string Text, string Message);
