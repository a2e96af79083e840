using Roster.Domain.Names;
using Roster.Gazette.Groups;
using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary>The roster reader never throws, whatever the text, and never returns a person the text does not print.</summary>
public sealed class GroupRobustnessTests
{
    private const int Cases = 300;

    private static readonly GroupRosterReader Reader = new(SeedFacts.Tables);

    /// <summary>Pieces of roster wording mixed into the texts: labels, introducers, the office and succession sentences.</summary>
    private static readonly string[] Noise =
        ["组 长：", "副组长：", "成　员：", "主 任 委 员：", "成员单位：", "委员会", "领导小组", "指挥部", "（以下简称", "组成人员如下：",
         "现将调整后的名单通知如下：", "办公室设在", "办公室主任由", "同志兼任", "（兼）", "、", "，", "。", "\t", "\u3000", "\n", "王", "欧阳",
         "自然替补", "视情成立现场指挥部", "一、", "（二）", "\uD800", "2022年3月1日\n", "国办发〔2023〕1号\n", "副市长", "市公安局局长"];

    public static TheoryData<string> Texts() =>
    [
        "",
        "组长：",
        "成立领导小组（以下简称",
        "\t\t\t",
        "现将名单通知如下：",
        "组成如下：\n组长\n组长\n组长",
        "成立XX领导小组，成员名单如下：组长：王五 副市长 副组长：",
        "成立XX领导小组，成员名单如下：\n成员：王",
        "成立XX领导小组，成员名单如下：\n副指挥长：市交通运",
        "成立XX领导小组，成员名单如下：\n成员：" + string.Concat(Enumerable.Repeat("王五（副市长）、", 5000)),
        "一、XX领导小组\n组长：" + new string('（', 3000),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reading_odd_roster_texts_does_not_throw(string text) => AssertWellFormed(Reader.Read(text, "odd.txt"), text);

    [Fact]
    public void Reading_never_throws_on_slices_truncations_shuffles_and_mixes_of_the_group_corpus_and_the_seed_plans()
    {
        var random = new Random(20240108);
        var corpus = Directory.GetFiles(Path.Combine(CorpusNotice.Directory, "Groups"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Append("")).ToArray();
        var seed = SeedGazette.Lines[560..1960];
        var seats = 0;
        for (var n = 0; n < Cases; n++)
        {
            var lines = n % 2 == 0 ? corpus : seed;
            var text = Mutate(random, lines, n % 7);

            var readings = Reader.Read(text, "fuzz.txt");

            AssertWellFormed(readings, text);
            seats += readings.Sum(r => r.Draft?.Seats.Count ?? 0);
        }
        Assert.True(seats > Cases, $"{seats} seats in {Cases} cases: the mutations should leave rosters to read");
    }

    private static string Mutate(Random random, string[] lines, int kind)
    {
        switch (kind)
        {
            case 0: // a slice of whole lines
                var first = random.Next(lines.Length);
                return string.Join('\n', lines[first..random.Next(first, lines.Length + 1)]);
            case 1: // truncated at any character
                var whole = string.Join('\n', lines);
                return whole[..random.Next(whole.Length + 1)];
            case 2: // lines swapped
                var swapped = (string[])lines.Clone();
                for (var k = random.Next(1, 20); k > 0; k--)
                {
                    var (a, b) = (random.Next(swapped.Length), random.Next(swapped.Length));
                    (swapped[a], swapped[b]) = (swapped[b], swapped[a]);
                }
                return string.Join('\n', swapped);
            case 3: // line breaks lost, in part or in whole
                return string.Join(random.Next(2) == 0 ? " " : "", lines.Where(_ => random.Next(3) != 0));
            case 4: // noise inserted inside lines
                var noisy = (string[])lines.Clone();
                for (var k = random.Next(1, 60); k > 0; k--)
                {
                    var at = random.Next(noisy.Length);
                    noisy[at] = noisy[at].Insert(random.Next(noisy[at].Length + 1), Noise[random.Next(Noise.Length)]);
                }
                return string.Join('\n', noisy);
            case 5: // a random mix of roster lines from anywhere
                return string.Join('\n', Enumerable.Range(0, random.Next(1, 80)).Select(_ => lines[random.Next(lines.Length)]));
            default: // spaces and labels shuffled inside lines
                return string.Join('\n', lines.Select(l => random.Next(4) == 0 ? new string(l.OrderBy(_ => random.Next()).ToArray()) : l));
        }
    }

    private static void AssertWellFormed(IReadOnlyList<RosterReading> readings, string text)
    {
        var lineCount = text.Split('\n').Length;
        var printed = TextForm.Compact(text.Replace("\uD800", "", StringComparison.Ordinal));
        foreach (var reading in readings)
        {
            Assert.All(reading.Diagnostics, d => Assert.InRange(d.Line, 1, lineCount));
            Assert.All(reading.Diagnostics, d => Assert.NotEqual(DiagnosticCode.Unspecified, d.Code));
            Assert.DoesNotContain(reading.Diagnostics, d => d.Message == GroupRosterMessages.ReadFailed);
            if (reading.Draft is not { } draft) continue;
            foreach (var seat in draft.Seats)
            {
                Assert.True(SeedFacts.Tables.Groups.IsRole(seat.Role!), $"role {seat.Role}");
                Assert.Equal(1, new[] { seat.Person, seat.ExOfficio, seat.MemberUnit }.Count(h => !string.IsNullOrEmpty(h)));
                if (seat.Person is not { } person) continue;
                // No invented person: every name read is printed in the text, and is more than a surname.
                Assert.True(person.Length >= 2, $"person '{person}'");
                Assert.Contains(person, printed, StringComparison.Ordinal);
            }
        }
    }
}
