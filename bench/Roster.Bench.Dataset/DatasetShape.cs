namespace Roster.Bench.Dataset;

/// <summary>The size of a generated dataset: jurisdictions × organisations × posts × years, and the seed.</summary>
/// <param name="Jurisdictions">Counties, districts and cities, each issuing its own orders (at most 3,000).</param>
/// <param name="Organizations">Organisations per jurisdiction (at most 40).</param>
/// <param name="Posts">Posts per organisation (at most 5: head, executive deputy, deputy, two others).</param>
/// <param name="Years">Years of orders, ending with 2025.</param>
/// <param name="Seed">Seed of every random draw: the same shape and seed give the same orders.</param>
public sealed record DatasetShape(int Jurisdictions, int Organizations, int Posts, int Years, int Seed)
{
    /// <summary>The named sizes: about 20 thousand, 200 thousand and 2 million tenures.</summary>
    public static DatasetShape Named(string size, int seed) => size.ToLowerInvariant() switch
    {
        "20k" => new(30, 40, 5, 20, seed),
        "200k" => new(300, 40, 5, 20, seed),
        "2m" => new(3000, 40, 5, 20, seed),
        "tiny" => new(2, 4, 5, 10, seed),
        _ => throw new ArgumentException($"unknown size '{size}': use tiny, 20k, 200k or 2m"),
    };

    /// <summary>First year of orders.</summary>
    public int FirstYear => 2026 - Years;
}
