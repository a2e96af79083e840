using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Roster.Gazette.Tests;

/// <summary>The expected reading of one corpus notice (Corpus/NN-name.yaml next to NN-name.txt), in the field names
/// of seed-facts.yaml <c>orders</c>, plus the diagnostics (by <see cref="GazetteMessages"/> constant name) and whether
/// the notice is a correction. <c>effective_on</c> is the validated order's effective date, as in the seed facts.</summary>
public sealed class CorpusNotice
{
    public string Covers { get; set; } = "";
    /// <summary>Notice (the default), PresidentialOrder, Decision, AppointmentList, Proposal or Report.</summary>
    public string Form { get; set; } = "Notice";
    public string? DocumentNumber { get; set; }
    public string? Issuer { get; set; }
    public string Title { get; set; } = "";
    public string? DecisionBody { get; set; }
    public string? DecidedOn { get; set; }
    public string? IssuedOn { get; set; }
    public string? EffectiveOn { get; set; }
    public List<int> Lines { get; set; } = [];
    public bool Correction { get; set; }
    public CorpusCorrection? Corrects { get; set; }
    public List<CorpusItem> Items { get; set; } = [];
    public List<CorpusDiagnostic> Diagnostics { get; set; } = [];

    /// <summary>The directory of the corpus, as copied next to the test assembly.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Reads the expectation of <paramref name="name"/> (file name without extension).</summary>
    public static CorpusNotice Load(string name) => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build()
        .Deserialize<CorpusNotice>(File.ReadAllText(Path.Combine(Directory, name + ".yaml")));
}

public sealed class CorpusItem
{
    public string Action { get; set; } = "";
    public string Person { get; set; } = "";
    public string Organization { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Probation { get; set; }
    public bool RetainsRank { get; set; }
    public bool Concurrent { get; set; }
    public bool Acting { get; set; }
    public string? Note { get; set; }

    public override string ToString() =>
        $"{Action} {Person} {Organization}{Title} probation={Probation} retains_rank={RetainsRank} concurrent={Concurrent} acting={Acting} note={Note}";
}

public sealed class CorpusCorrection
{
    public string DocumentNumber { get; set; } = "";
    public string Kind { get; set; } = "";
}

public sealed class CorpusDiagnostic
{
    public int Line { get; set; }
    public string Message { get; set; } = "";
}
