namespace Roster.Cli.Output;

/// <summary>
/// Writes rows of text as columns aligned by display width (<see cref="TextWidth"/>), so that columns of
/// Chinese names line up in a terminal. Columns are separated by two spaces; the last column is not
/// padded; an empty cell shows <see cref="Missing"/>.
/// </summary>
public sealed class TableWriter
{
    /// <summary>What an empty cell shows.</summary>
    public const string Missing = "—";

    private const string Gap = "  ";

    private readonly List<string[]> _rows = [];
    private readonly int _columns;

    /// <summary>Creates a table whose first row is <paramref name="headers"/>.</summary>
    public TableWriter(params string[] headers)
    {
        if (headers.Length == 0) throw new ArgumentException("A table needs at least one column.", nameof(headers));
        _columns = headers.Length;
        _rows.Add(headers);
    }

    /// <summary>Creates a table of <paramref name="columns"/> columns without a header row.</summary>
    public static TableWriter WithoutHeader(int columns) => new(columns);

    private TableWriter(int columns)
    {
        if (columns < 1) throw new ArgumentOutOfRangeException(nameof(columns), "A table needs at least one column.");
        _columns = columns;
    }

    /// <summary>Number of rows added, the header included.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a row; it must have one cell per column. Null or empty cells show <see cref="Missing"/>.</summary>
    public TableWriter AddRow(params string?[] cells)
    {
        if (cells.Length != _columns)
        {
            throw new ArgumentException($"Expected {_columns} cells, got {cells.Length}.", nameof(cells));
        }
        _rows.Add(cells.Select(Clean).ToArray());
        return this;
    }

    /// <summary>Writes the table, each line starting with <paramref name="indent"/>.</summary>
    public void WriteTo(TextWriter writer, string indent = "")
    {
        var widths = new int[_columns];
        foreach (var row in _rows)
        {
            for (var i = 0; i < _columns; i++)
            {
                widths[i] = Math.Max(widths[i], TextWidth.Of(row[i]));
            }
        }
        foreach (var row in _rows)
        {
            writer.Write(indent);
            for (var i = 0; i < _columns; i++)
            {
                var cell = row[i];
                writer.Write(cell);
                if (i < _columns - 1)
                {
                    writer.Write(new string(' ', widths[i] - TextWidth.Of(cell)));
                    writer.Write(Gap);
                }
            }
            writer.WriteLine();
        }
    }

    /// <summary>The table as text, one line per row.</summary>
    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer);
        return writer.ToString();
    }

    private static string Clean(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? Missing : cell.ReplaceLineEndings(" ").Replace('\t', ' ');
}
