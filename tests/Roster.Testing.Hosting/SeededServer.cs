using Xunit;
namespace Roster.Testing.Hosting;

/// <summary>One server with the seed gazette imported, shared by read-only tests of a class.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public RosterServerHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await RosterServerHost.StartAsync();

    /// <summary>Stops the server, if it started (xunit disposes a fixture of a class whose tests were all skipped without
    /// initialising it).</summary>
    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

/// <summary>One server with the seed gazette's orders imported but not its group rosters: the "orders alone" state of
/// seed-facts.yaml <c>officeholders</c>.</summary>
public sealed class OrdersAloneServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public RosterServerHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await RosterServerHost.StartAsync(importRosters: false);

    /// <summary>Stops the server, if it started (xunit disposes a fixture of a class whose tests were all skipped without
    /// initialising it).</summary>
    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}
