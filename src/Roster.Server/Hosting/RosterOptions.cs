namespace Roster.Server.Hosting;

/// <summary>The <c>Roster</c> configuration section.</summary>
public sealed class RosterOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Roster";

    /// <summary>Directory with the seed gazettes and reference tables; default <c>seed/</c> beside the server binary.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>Import the seed gazettes at start (each file once, by content hash). Default on.</summary>
    public bool ImportSeed { get; set; } = true;

    /// <summary>Also import the group rosters the seed gazettes print (and the attestations their title text makes). Default on;
    /// off gives the "orders alone" state that seed-facts.yaml <c>officeholders</c> describe.</summary>
    public bool ImportRosters { get; set; } = true;

    /// <summary>The seed directory to use.</summary>
    public string ResolvedSeedDirectory => string.IsNullOrWhiteSpace(SeedDirectory)
        ? Path.Combine(AppContext.BaseDirectory, "seed")
        : Path.GetFullPath(SeedDirectory);
}
