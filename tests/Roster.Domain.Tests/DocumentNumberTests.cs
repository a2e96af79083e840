using Roster.Domain.Names;

namespace Roster.Domain.Tests;

/// <summary><see cref="DocumentNumber"/>: the spellings docs/normalisation.md accepts, what it rejects, and numeric ordering.</summary>
public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("阳政任字〔2022〕1号", "阳政任字〔2022〕1号")]
    [InlineData("阳政任字[2022]1号", "阳政任字〔2022〕1号")]
    [InlineData("阳政任字【2022】1号", "阳政任字〔2022〕1号")]
    [InlineData("阳政任字（2022）1号", "阳政任字〔2022〕1号")]    // full-width parentheses
    [InlineData("阳政任字(2022)1号", "阳政任字〔2022〕1号")]
    [InlineData("阳政任字［2022］1号", "阳政任字〔2022〕1号")]    // full-width square brackets
    [InlineData("阳政办发 2022〕1 号", "阳政办发〔2022〕1号")]    // opening bracket lost, stray spaces (as PDFs extract it)
    [InlineData("阳政任字2022 1号", "阳政任字〔2022〕1号")]      // both brackets lost
    [InlineData("阳政任字〔２０２２〕１号", "阳政任字〔2022〕1号")]  // full-width digits
    [InlineData("  阳政办函〔2022〕26号\n", "阳政办函〔2022〕26号")]
    public void Accepted_spelling_parses_to_the_canonical_number(string printed, string canonical)
    {
        Assert.True(DocumentNumber.TryParse(printed, out var number));
        Assert.Equal(canonical, number.ToString());
        Assert.Equal(canonical, DocumentNumber.Parse(printed).ToString());
    }

    [Fact]
    public void Parsed_number_has_issuer_code_year_and_sequence()
    {
        Assert.Equal(new DocumentNumber("阳政办函", 2022, 26), DocumentNumber.Parse("阳政办函〔2022〕26号"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("garbage")]
    [InlineData("阳政任字")]
    [InlineData("阳政任字〔2022〕号")]        // no sequence
    [InlineData("阳政任字〔2022〕1")]         // no 号
    [InlineData("阳政任字〔2022〕0号")]       // sequences start at 1
    [InlineData("阳政任字〔22〕1号")]         // two-digit year
    [InlineData("阳政任字〔1800〕1号")]       // before 1949
    [InlineData("〔2022〕1号")]               // no issuer code
    [InlineData("ABC〔2022〕1号")]            // issuer code must start with a Chinese character
    [InlineData("阳政任字〔2022〕1号附件")]
    [InlineData("阳政任字〔٢٠٢٢〕1号")]       // Arabic-Indic digits: not a year any gazette prints
    [InlineData("阳政任字〔2022〕١号")]
    public void Garbage_is_not_a_document_number(string? text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
    }

    [Fact]
    public void Parse_throws_FormatException_on_garbage()
    {
        Assert.Throws<FormatException>(() => DocumentNumber.Parse("阳政任字"));
    }

    [Fact]
    public void Number_2_sorts_before_number_10()
    {
        var two = DocumentNumber.Parse("阳政任字〔2022〕2号");
        var ten = DocumentNumber.Parse("阳政任字〔2022〕10号");

        Assert.True(two.CompareTo(ten) < 0);
        Assert.True(ten.CompareTo(two) > 0);
        Assert.Equal(0, two.CompareTo(DocumentNumber.Parse("阳政任字[2022]2号")));
    }

    [Fact]
    public void Numbers_sort_by_issuer_code_then_year_then_sequence()
    {
        string[] sorted = ["阳政任字〔2021〕99号", "阳政任字〔2022〕2号", "阳政任字〔2022〕10号", "阳政任字〔2022〕100号"];

        var shuffled = sorted.Reverse().Select(DocumentNumber.Parse).ToList();
        shuffled.Sort();

        Assert.Equal(sorted, shuffled.Select(n => n.ToString()));
        Assert.True(DocumentNumber.Parse("阳政任字〔2022〕1号").CompareTo(null) > 0);
    }
}
