using Roster.Domain.Names;

namespace Roster.Domain.Tests;

/// <summary><see cref="TextForm"/> and <see cref="PersonName"/>: the canonical text forms of DESIGN.md §5.</summary>
public sealed class TextFormTests
{
    [Theory]
    [InlineData("岳 江", "岳江")]                         // the padding space of a two-character name (order 1, line 2508)
    [InlineData("岳\u3000江", "岳江")]                     // an ideographic space
    [InlineData(" 阳泉市 公安局\n", "阳泉市公安局")]
    [InlineData("（２０２２）", "(2022)")]                 // full-width parentheses and digits
    [InlineData("［ＡＢ］ｃ", "[AB]c")]
    [InlineData("〔2022〕【1】", "〔2022〕【1】")]          // CJK brackets are not full-width forms: they stay
    [InlineData(null, "")]
    public void Compact_folds_full_width_forms_and_drops_white_space(string? text, string compact)
    {
        // This test project runs with invariant globalization, where string.Normalize is a no-op for non-ASCII:
        // the full-width rows pass only because Compact folds those forms itself.
        Assert.Equal(compact, TextForm.Compact(text));
    }

    [Theory]
    [InlineData("岳 江", "岳江")]
    [InlineData("Ｊｏｈｎ", "John")]
    public void Padded_or_full_width_name_is_one_person_with_its_compact_form(string printed, string canonical)
    {
        Assert.Equal(canonical, PersonName.Canonical(printed));
    }

    [Theory]
    [InlineData("", "person name is empty")]
    [InlineData("赵海金1", "person name contains '1'")]
    public void Name_that_cannot_be_a_person_says_why(string canonical, string problem)
    {
        Assert.Equal(problem, PersonName.Problem(canonical));
    }

    [Fact]
    public void Published_name_has_no_problem()
    {
        Assert.Null(PersonName.Problem("靳润喜"));
    }
}
