namespace Roster.Gazette.Text;

/// <summary>One or more physical lines of a notice body read as one, after words broken across lines
/// ("支\n\n队长职务") are joined.</summary>
/// <param name="FirstLine">1-based number of its first physical line.</param>
/// <param name="LastLine">1-based number of its last physical line.</param>
/// <param name="Compact">The joined compact text.</param>
/// <param name="Columns">True when the line holds two table columns side by side (not read).</param>
internal sealed record LogicalLine(int FirstLine, int LastLine, string Compact, bool Columns = false);
