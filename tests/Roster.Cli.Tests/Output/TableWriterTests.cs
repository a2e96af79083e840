using Roster.Cli.Output;

namespace Roster.Cli.Tests.Output;

public class TableWriterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("HEAD", 4)]
    [InlineData("岳江", 4)]
    [InlineData("阳泉市公安局", 12)]
    [InlineData("阳政任字〔2022〕1号", 19)] // 〔〕 are wide punctuation
    [InlineData("市工信局（国资委）", 18)]  // fullwidth parentheses
    [InlineData("—", 1)]                 // the em dash of empty cells is narrow in terminals
    [InlineData("e\u0301", 1)]           // a combining accent takes no column
    [InlineData("𠀀", 2)]                // CJK extension B, outside the basic plane
    public void Counts_wide_characters_as_two_columns(string text, int width)
    {
        Assert.Equal(width, TextWidth.Of(text));
    }

    [Fact]
    public void Aligns_columns_by_display_width_with_chinese_cells()
    {
        var table = new TableWriter("PERSON", "POST", "FROM")
            .AddRow("岳江", "阳泉市公安局国内安全保卫支队支队长", "2022-01-12")
            .AddRow("Zhao", "阳泉市公安局副局长", null);

        var lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "PERSON  POST                                FROM",
                "岳江    阳泉市公安局国内安全保卫支队支队长  2022-01-12",
                "Zhao    阳泉市公安局副局长                  —",
            ],
            lines);
        // Every third column starts at the same display column.
        Assert.Single(lines.Select(line => TextWidth.Of(line[..line.LastIndexOf("  ", StringComparison.Ordinal)])).Distinct());
    }

    [Fact]
    public void Shows_a_dash_for_empty_cells_and_writes_no_trailing_spaces()
    {
        var text = TableWriter.WithoutHeader(2).AddRow("issuer", "").AddRow("title", "一\n二").ToString();

        Assert.Equal("issuer  —\ntitle   一 二\n", text);
    }

    [Fact]
    public void Indents_every_line()
    {
        var writer = new StringWriter();
        new TableWriter("A", "B").AddRow("1", "2").WriteTo(writer, "  ");

        Assert.Equal("  A  B\n  1  2\n", writer.ToString());
    }

    [Fact]
    public void Rejects_a_row_with_the_wrong_number_of_cells()
    {
        Assert.Throws<ArgumentException>(() => new TableWriter("A", "B").AddRow("1"));
    }
}
