using System.Text;
using Roster.Domain.Names;

namespace Roster.Domain.Tests;

/// <summary><see cref="TextForm"/> and <see cref="PersonName"/>: the canonical text forms of docs/normalisation.md.</summary>
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
        // Under invariant globalization string.Normalize is a no-op for non-ASCII: the full-width rows pass there
        // too only because Compact folds those forms itself.
        Assert.Equal(compact, TextForm.Compact(text));
    }

    [Fact]
    public void Text_returned_unchanged_without_normalising_is_text_NFKC_leaves_unchanged()
    {
        // Compact returns printable ASCII, CJK punctuation and ideographs as they are, skipping ICU; that is only
        // right if NFKC would have left them so. ICU must be loaded for this to mean anything.
        Assert.Equal("J", "Ｊ".Normalize(NormalizationForm.FormKC));
        var kept = new List<char>();
        for (var c = '\u0021'; c < '\u007F'; c++) kept.Add(c);
        for (var c = '\u3001'; c <= '\u301F'; c++) kept.Add(c);
        for (var c = '\u3400'; c <= '\u4DBF'; c++) kept.Add(c);
        for (var c = '\u4E00'; c <= '\u9FFF'; c++) kept.Add(c);
        kept.Add('\u00B7');
        var notStable = kept.Where(c => !(c + "江").IsNormalized(NormalizationForm.FormKC)).Select(c => $"U+{(int)c:X4}").ToList();
        Assert.Empty(notStable);
        var text = new string([.. kept]);
        Assert.Same(text, TextForm.Compact(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormKC), TextForm.Compact(text));
    }

    [Theory]
    [InlineData("阳泉市公安局国内安全保卫支队", "阳泉市公安局国内安全保卫支队")] // nothing to fold: returned as given
    [InlineData("阳泉市公安局ｘ", "阳泉市公安局x")]                     // one full-width letter takes the normalising path
    [InlineData("e\u0301", "\u00E9")]                                // a combining accent composes (NFKC)
    public void Compact_normalises_only_what_needs_it(string text, string compact)
    {
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
    [InlineData("赵海金1", "person name contains \"1\" (U+0031): a name has letters, and at most the separators ·・‧-.")]
    [InlineData("😀😀", "person name contains \"😀\" (U+1F600): a name has letters, and at most the separators ·・‧-.")]
    [InlineData("---", "person name has no letter")]
    [InlineData("O'Neil", "person name contains \"'\" (U+0027): a name has letters, and at most the separators ·・‧-.")]
    public void Name_that_cannot_be_a_person_says_why(string canonical, string problem)
    {
        Assert.Equal(problem, PersonName.Problem(canonical));
    }

    [Theory]
    [InlineData("a/b", "organisation contains \"/\" (U+002F), which no name has")]
    [InlineData("😀局", "organisation contains \"😀\" (U+1F600), which no name has")]
    [InlineData("---", "organisation has no letter")]
    [InlineData("阳泉市公安局%2F", "organisation contains \"%\" (U+0025), which no name has")]
    public void Organisation_names_that_no_gazette_prints_are_refused(string name, string problem)
    {
        // "a/b" would be stored and its officeholders could not be reached over HTTP (a slash splits the URL path).
        Assert.Equal(problem, TextForm.NameProblem("organisation", name, 100));
    }

    [Theory]
    [InlineData("盂县经济技术开发区管委会")]
    [InlineData("阳泉市人民政府办公室（外事办公室）")]
    [InlineData("Yangquan Municipal Public Security Bureau")]
    public void Published_organisation_names_have_no_problem(string name)
    {
        Assert.Null(TextForm.NameProblem("organisation", TextForm.Compact(name), 100));
    }

    [Theory]
    [InlineData("靳润喜")]
    [InlineData("阿不都·热合曼")]
    [InlineData("Jean-Luc")]
    public void Published_name_has_no_problem(string name)
    {
        Assert.Null(PersonName.Problem(name));
    }
}
