using Roster.Gazette.Groups;
using Roster.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Roster.Gazette.Tests;

/// <summary>
/// The group-roster corpus: notices written after what cities, provinces, the State Council and mass organisations print
/// (Corpus/Groups/*.txt, made-up names and numbers), each read by <see cref="GroupRosterReader"/> and compared with its
/// expected rosters, seat by seat, and diagnostics by stable code (Corpus/Groups/*.yaml).
/// </summary>
public sealed class GroupCorpusTests
{
    private static readonly GroupRosterReader Reader = new(SeedFacts.Tables);

    private static string Directory => Path.Combine(CorpusNotice.Directory, "Groups");

    public static TheoryData<string> Notices() => [.. Names()];

    private static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    [Fact]
    public void The_group_corpus_has_at_least_twelve_notices_each_with_its_expectation()
    {
        var names = Names().ToList();

        Assert.True(names.Count >= 12, $"{names.Count} notices");
        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(Directory, name + ".yaml")), $"{name}.yaml"));
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public void Group_corpus_notice_reads_as_expected(string name)
    {
        var expected = Load(name);

        var readings = Reader.Read(File.ReadAllText(Path.Combine(Directory, name + ".txt")), name + ".txt");

        Assert.Equal(expected.Rosters.Count, readings.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            var (want, got) = (expected.Rosters[i], readings[i]);
            Assert.Equal(want.Importable, got.IsImportable);
            Assert.Equal(want.Group, got.Draft?.Group);
            if (got.Draft is not { } draft)
            {
                Assert.Empty(want.Seats);
                continue;
            }
            Assert.Equal((want.Document, want.Issuer, want.EffectiveOn, want.OfficeAt),
                (draft.SourceDocument, draft.Issuer, draft.EffectiveOn?.ToString(), draft.OfficeAt));
            Assert.Equal(want.Seats, draft.Seats.Select(s => $"{s.Role}|{s.Person}|{s.TitleText}|{s.ExOfficio}|{s.MemberUnit}|{(s.Concurrent ? "兼" : "")}"));
            Assert.Equal(want.Succession, got.Succession is not null);
        }
        Assert.Equal(expected.Diagnostics.Select(d => (d.Line, d.Code)),
            readings.SelectMany(r => r.Diagnostics).Select(d => (d.Line, d.Code.ToString())).OrderBy(d => d.Line));
    }

    private static GroupCorpusNotice Load(string name) => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build()
        .Deserialize<GroupCorpusNotice>(File.ReadAllText(Path.Combine(Directory, name + ".yaml")));
}

/// <summary>The expected reading of one group corpus notice.</summary>
public sealed class GroupCorpusNotice
{
    public string Covers { get; set; } = "";
    public List<ExpectedRoster> Rosters { get; set; } = [];
    public List<ExpectedGroupDiagnostic> Diagnostics { get; set; } = [];
}

/// <summary>One expected roster; a seat is "role|person|title|ex_officio|unit|兼".</summary>
public sealed class ExpectedRoster
{
    public string? Group { get; set; }
    public string? Document { get; set; }
    public string? Issuer { get; set; }
    public string? EffectiveOn { get; set; }
    public string? OfficeAt { get; set; }
    public bool Importable { get; set; }
    public bool Succession { get; set; }
    public List<string> Seats { get; set; } = [];
}

/// <summary>An expected diagnostic: its line and stable code (a <see cref="DiagnosticCode"/> name).</summary>
public sealed class ExpectedGroupDiagnostic
{
    public int Line { get; set; }
    public string Code { get; set; } = "";
}
