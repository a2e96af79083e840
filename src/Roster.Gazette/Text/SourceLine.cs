namespace Roster.Gazette.Text;

/// <summary>One physical line of a gazette text after normalisation.</summary>
/// <param name="Number">1-based line number in the original text (as <c>sed -n</c> counts).</param>
/// <param name="Printed">The line as printed (line terminator removed, ill-formed UTF-16 replaced).</param>
/// <param name="Compact">NFKC with every white-space character (tabs, padding spaces) removed.</param>
internal readonly record struct SourceLine(int Number, string Printed, string Compact)
{
    /// <summary>True when the line holds nothing but white space.</summary>
    public bool IsBlank => Compact.Length == 0;
}
