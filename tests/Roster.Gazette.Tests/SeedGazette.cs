using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary>The seed gazette, read once per test run.</summary>
internal static class SeedGazette
{
    /// <summary>Name recorded as the source of the seed orders.</summary>
    public const string Name = "yangquan-gazette-2022-01.txt";

    /// <summary>A parser over the seed reference tables.</summary>
    public static readonly GazetteParser Parser = new(SeedFacts.Tables);

    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(SeedFacts.GazettePath));
    private static readonly Lazy<GazetteReadResult> LazyResult = new(() => Parser.Read(Text, Name));

    /// <summary>The whole text.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The text's lines (without terminators), 0-based.</summary>
    public static string[] Lines => Text.Split('\n');

    /// <summary>What the parser reads in the whole seed gazette.</summary>
    public static GazetteReadResult Result => LazyResult.Value;
}
