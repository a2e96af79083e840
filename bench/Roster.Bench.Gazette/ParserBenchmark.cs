using Roster.Gazette;
using BenchmarkDotNet.Attributes;
using Roster.Domain.Reference;

namespace Roster.Bench.Gazette;

/// <summary>Reads a synthetic gazette of <see cref="Copies"/> copies of the seed gazette (0.22 MB each).</summary>
[MemoryDiagnoser]
public class ParserBenchmark
{
    private GazetteParser _parser = null!;
    private string _text = "";

    /// <summary>Copies of the seed gazette: 8 and 32 (1.7 MB and 7 MB: 1x and 4x).</summary>
    [Params(8, 32)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parser = new GazetteParser(ReferenceTables.Load(SyntheticGazette.SeedDirectory));
        _text = SyntheticGazette.Build(Copies);
    }

    [Benchmark]
    public int ReadWholeGazette() => _parser.Read(_text, "synthetic.txt").Notices.Count;
}
