using Xunit;
namespace Roster.Testing.Hosting;

/// <summary>One server with the seed gazette imported, shared by read-only tests of a class.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public RosterServerHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await RosterServerHost.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();
}
