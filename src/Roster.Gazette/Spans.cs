using Roster.Gazette.Text;

namespace Roster.Gazette;

/// <summary>Places diagnostics on the printed text: the column of the first printed character of the line and the end
/// of the printed text on the span's last line (1-based, UTF-16 code units).</summary>
internal static class Spans
{
    /// <summary>The diagnostics with their columns and end set.</summary>
    public static IReadOnlyList<GazetteDiagnostic> Place(IReadOnlyList<SourceLine> lines, IReadOnlyList<GazetteDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0) return diagnostics;
        return diagnostics.Select(d =>
        {
            var endLine = d.EndLine > 0 ? d.EndLine : d.Line;
            var start = Printed(lines, d.Line);
            var end = Printed(lines, endLine);
            var column = start.Length - start.TrimStart().Length + 1;
            return d with { Column = column, EndLine = endLine, EndColumn = Math.Max(end.TrimEnd().Length + 1, 1) };
        }).ToList();
    }

    private static string Printed(IReadOnlyList<SourceLine> lines, int number) =>
        number >= 1 && number <= lines.Count ? lines[number - 1].Printed : "";
}
