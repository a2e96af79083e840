using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Roster.Cli;

/// <summary>A channel that sends an API key (<c>authorization: Bearer rk_…</c>) with every call on an inner channel.</summary>
public sealed class ApiKeyChannel(ChannelBase inner, string apiKey) : ChannelBase(inner.Target)
{
    /// <inheritdoc />
    public override CallInvoker CreateCallInvoker() =>
        inner.CreateCallInvoker().Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + apiKey);
            return metadata;
        });

    /// <inheritdoc />
    protected override Task ShutdownAsyncCore() => inner.ShutdownAsync();
}
