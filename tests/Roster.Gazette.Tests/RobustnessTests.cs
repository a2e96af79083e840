using System.Diagnostics;
using System.Reflection;
using Roster.Domain.Names;
using Roster.Testing;
using Xunit.Abstractions;

namespace Roster.Gazette.Tests;

/// <summary>Reading never throws, whatever the text, and what it returns is well-formed.</summary>
public class RobustnessTests(ITestOutputHelper output)
{
    private const int Cases = 360;
    private const int NoticesFrom = 2440; // 1-based: a little before the four notices, to end of file

    private static readonly GazetteParser Parser = new(SeedFacts.Tables);

    private static readonly HashSet<string> Messages = typeof(GazetteMessages)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

    /// <summary>Characters that stress the reader: lone surrogates, other scripts' digits, separators, terminators.</summary>
    private static readonly string[] Noise =
        ["\uD800", "\uDC00", "٣", "\u00A0", "\u3000", "\t", "\r", "\f", "（", "）", "(", ")", "；", "：", "。", "为", "的", "职务", "任命：", "免去：",
         "号", "〔", "2022", "年", "月", "日", "关于", "的通知", "\n", "\n\n", "阳政任字〔2022〕7号\n", "2022年1月30日\n", "（此件公开发布）"];

    [Fact]
    public void Reading_never_throws_on_slices_truncations_shuffles_and_noise_of_the_gazette()
    {
        var random = new Random(20220130);
        var lines = SeedGazette.Lines;
        var watch = Stopwatch.StartNew();
        var noticesSeen = 0;
        for (var n = 0; n < Cases; n++)
        {
            var text = Mutate(random, lines, n % 6);

            var result = Parser.Read(text, "fuzz.txt");

            AssertWellFormed(result, text);
            noticesSeen += result.Notices.Count;
        }
        output.WriteLine($"{Cases} cases, {noticesSeen} notices, {watch.ElapsedMilliseconds} ms");
        Assert.True(noticesSeen > 0, "the mutations should leave some notices to read");
    }

    [Fact]
    public void Reading_never_throws_on_random_mixes_of_the_forms()
    {
        // Whole corpus texts of every form (orders, decisions, lists, proposals, reports, defects) in random order, each
        // kept as printed, run onto one line, or cut short: every mix reads, and every text gets an outcome.
        var random = new Random(20231204);
        var texts = CorpusTests.Names().Select(name => File.ReadAllText(Path.Combine(CorpusNotice.Directory, name + ".txt"))).ToArray();
        for (var n = 0; n < Cases; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => texts[random.Next(texts.Length)]).Select(t => random.Next(3) switch
            {
                0 => t.Replace("\n", "", StringComparison.Ordinal),
                1 => t[..random.Next(t.Length + 1)],
                _ => t,
            });
            var text = string.Join('\n', parts);

            var result = Parser.Read(text, "mix.txt");

            AssertWellFormed(result, text);
            Assert.True(result.Notices.Count + result.Rosters.Count + result.Diagnostics.Count > 0, "a text without an outcome");
        }
    }

    [Fact]
    public void Reading_never_throws_on_slices_truncations_shuffles_and_noise_of_the_corpus()
    {
        var random = new Random(20220705);
        var lines = CorpusTests.Names()
            .SelectMany(name => File.ReadAllLines(Path.Combine(CorpusNotice.Directory, name + ".txt")).Append(""))
            .ToArray();
        var noticesSeen = 0;
        for (var n = 0; n < Cases; n++)
        {
            var text = Mutate(random, lines, n % 6, from: 0);

            var result = Parser.Read(text, "fuzz.txt");

            AssertWellFormed(result, text);
            noticesSeen += result.Notices.Count;
        }
        Assert.True(noticesSeen > Cases, $"{noticesSeen} notices in {Cases} cases: the mutations should leave notices to read");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("阳政任字〔2022〕1号")]
    [InlineData("关于赵海金任职的通知\n阳政任字〔2022〕1号")]
    [InlineData("阳泉市人民政府 关于赵海金任职的通知\n阳政任字〔٢٠٢٢〕1号\n任命：赵海金为阳泉市公安局副局长。")] // Arabic-Indic digits in the number
    [InlineData("阳泉市人民政府 关于赵海金任职的通知\n阳政任字〔2022〕1号\n\uD800任命：赵海金为阳泉市公安局副局长。\n2022年13月45日")] // lone surrogate, impossible date
    [InlineData("阳泉市人民政府 关于赵海金任职的通知\n阳政任字〔2022〕1号\n任命：")]
    [InlineData("阳泉市人民政府 关于赵海金任职的通知\n阳政任字〔2022〕1号\n（（（（（）\n(试用期一年)(")]
    public void Reading_odd_texts_does_not_throw(string text)
    {
        AssertWellFormed(Parser.Read(text, "odd.txt"), text);
    }

    [Fact]
    public void Reading_a_null_text_or_very_long_lines_does_not_throw()
    {
        Assert.Empty(Parser.Read(null!, "null.txt").Notices);
        var longLine = string.Concat(Enumerable.Repeat("赵海金为阳泉市公安局副局长", 20_000));
        var text = NoticeText.With("任命：\n" + longLine + "\n" + new string('为', 50_000) + "；");

        // Speed on long input is measured by bench/Roster.Bench.Gazette (docs/performance.md), not timed here.
        var result = Parser.Read(text, "long.txt");

        AssertWellFormed(result, text);
        Assert.Contains(Assert.Single(result.Notices).Diagnostics, d => d.Message == GazetteMessages.TooLong);
    }

    private static string Mutate(Random random, string[] lines, int kind, int from = NoticesFrom - 1)
    {
        var tail = lines[from..];
        switch (kind)
        {
            case 0: // a slice of whole lines, usually overlapping the notices
                var first = random.Next(2) == 0 ? random.Next(lines.Length) : random.Next(from, lines.Length);
                var to = random.Next(first, lines.Length + 1);
                return string.Join('\n', lines[first..to]);
            case 1: // truncated at any character
                var whole = string.Join('\n', tail);
                return whole[..random.Next(whole.Length + 1)];
            case 2: // some lines swapped
                var swapped = (string[])tail.Clone();
                for (var k = random.Next(1, 12); k > 0; k--)
                {
                    var (a, b) = (random.Next(swapped.Length), random.Next(swapped.Length));
                    (swapped[a], swapped[b]) = (swapped[b], swapped[a]);
                }
                return string.Join('\n', swapped);
            case 3: // lines dropped
                return string.Join('\n', tail.Where(_ => random.Next(8) != 0));
            case 4: // noise inserted inside lines
                var noisy = (string[])tail.Clone();
                for (var k = random.Next(1, 40); k > 0; k--)
                {
                    var at = random.Next(noisy.Length);
                    var line = noisy[at];
                    var cut = random.Next(line.Length + 1);
                    noisy[at] = line[..cut] + Noise[random.Next(Noise.Length)] + line[cut..];
                }
                return string.Join('\n', noisy);
            default: // the whole gazette, shuffled in blocks, with a character-level slice taken
                var blocks = lines.Chunk(random.Next(3, 40)).OrderBy(_ => random.Next()).SelectMany(b => b).ToArray();
                var joined = string.Join('\n', blocks);
                var start = random.Next(joined.Length);
                return joined[start..random.Next(start, joined.Length + 1)];
        }
    }

    private static void AssertWellFormed(GazetteReadResult result, string? text)
    {
        var lineCount = string.IsNullOrEmpty(text) ? 0 : text.Split('\n').Length;
        var previousEnd = 0;
        foreach (var notice in result.Notices)
        {
            var draft = notice.Draft;
            if (draft.DocumentNumber is null)
            {
                // Only a report or a document that says it prints no number goes without one.
                Assert.True(notice.Form == "Report" || notice.Diagnostics.Any(d => d.Code == DiagnosticCode.NoDocumentNumber),
                    $"{notice.Form} without a number: {string.Join("; ", notice.Diagnostics)}");
            }
            else
            {
                Assert.True(DocumentNumber.TryParse(draft.DocumentNumber, out var number));
                Assert.Equal(number.ToString(), draft.DocumentNumber);
            }
            Assert.NotNull(draft.Title);
            if (notice.IsCorrection) Assert.Empty(draft.Items);
            Assert.True(draft.Source.LineStart is { } start && draft.Source.LineEnd is { } end
                && (notice.Form == "Report" || previousEnd <= start) && start <= end && end <= lineCount,
                $"span {draft.Source.LineStart}-{draft.Source.LineEnd} after {previousEnd} in {lineCount} lines");
            if (notice.Form != "Report") previousEnd = draft.Source.LineEnd!.Value;
            Assert.All(notice.Diagnostics, d =>
            {
                Assert.Contains(d.Message, Messages);
                Assert.NotEqual(DiagnosticCode.Unspecified, d.Code);
                // A second printing is named where it stands, after the document read.
                if (d.Code != DiagnosticCode.PrintedTwice) Assert.InRange(d.Line, draft.Source.LineStart!.Value, draft.Source.LineEnd!.Value);
            });
            Assert.All(draft.Items, i =>
            {
                Assert.NotNull(i.Action);
                Assert.False(string.IsNullOrEmpty(i.Person) || string.IsNullOrEmpty(i.Organization) || string.IsNullOrEmpty(i.Title));
            });
            if (notice.IsClean && !notice.IsCorrection) Assert.NotEmpty(draft.Items);
            if (notice.IsClean && notice.IsCorrection) Assert.Equal(Roster.Domain.Orders.CorrectionKind.Revoke, draft.Corrects?.Kind);
        }
    }
}
