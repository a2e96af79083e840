using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Roster.Server.Hosting;

/// <summary>What a listener serves.</summary>
public enum ListenerRole
{
    /// <summary>gRPC: h2c (HTTP/2 only) on http://, HTTP/1.1 and HTTP/2 on https:// (so JSON works there too).</summary>
    Grpc,
    /// <summary>HTTP/1.1 for JSON transcoding and the OpenAPI document (plain HTTP/2 cannot share a port with HTTP/1.1).</summary>
    Http,
    /// <summary>Prometheus metrics at <c>/metrics</c>, nothing else.</summary>
    Metrics,
}

/// <summary>One address the server listens on.</summary>
public sealed record Listener(ListenerRole Role, BindingAddress Address);

/// <summary>
/// The server's listeners: gRPC on <c>--urls</c> (default <see cref="RosterServer.DefaultUrl"/>), JSON on
/// <c>Roster:HttpUrl</c>, metrics on <c>Roster:MetricsUrl</c>. Plain http:// is refused off loopback unless
/// <c>Roster:AllowPlaintextOffLoopback</c>; https:// needs <c>Roster:Tls:CertificatePath</c>.
/// </summary>
public sealed class RosterListeners
{
    private readonly IServer? _server;
    private int[]? _ports;

    private RosterListeners(IReadOnlyList<Listener> planned, IServer? server)
    {
        Planned = planned;
        _server = server;
    }

    /// <summary>The listeners in the order they are bound.</summary>
    public IReadOnlyList<Listener> Planned { get; }

    /// <summary>Plans the listeners; throws <see cref="InvalidOperationException"/> with a one-line reason for a refused address.</summary>
    public static RosterListeners Plan(string? urls, RosterOptions options)
    {
        var planned = new List<Listener>();
        foreach (var url in (string.IsNullOrWhiteSpace(urls) ? RosterServer.DefaultUrl : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            planned.Add(new Listener(ListenerRole.Grpc, BindingAddress.Parse(url)));
        if (!string.IsNullOrWhiteSpace(options.HttpUrl)) planned.Add(new Listener(ListenerRole.Http, BindingAddress.Parse(options.HttpUrl)));
        if (!string.IsNullOrWhiteSpace(options.MetricsUrl)) planned.Add(new Listener(ListenerRole.Metrics, BindingAddress.Parse(options.MetricsUrl)));
        foreach (var listener in planned)
        {
            var address = listener.Address;
            if (!IsHttps(address) && !IsLoopback(address.Host) && !options.AllowPlaintextOffLoopback)
                throw new InvalidOperationException($"refusing plain http:// on {address}: only loopback may be unencrypted. Use https:// with Roster:Tls:CertificatePath, or set Roster:AllowPlaintextOffLoopback=true behind a TLS proxy.");
            if (IsHttps(address) && string.IsNullOrWhiteSpace(options.Tls.CertificatePath))
                throw new InvalidOperationException($"{address} is https:// but Roster:Tls:CertificatePath is not set.");
        }
        return new RosterListeners(planned, null);
    }

    /// <summary>The same plan, reading bound ports from <paramref name="server"/> once it has started.</summary>
    public RosterListeners On(IServer server) => new(Planned, server);

    /// <summary>Binds every planned listener on Kestrel.</summary>
    public void Configure(KestrelServerOptions kestrel, X509Certificate2? certificate)
    {
        foreach (var listener in Planned)
        {
            var address = listener.Address;
            void Configure(ListenOptions o)
            {
                o.Protocols = (listener.Role, IsHttps(address)) switch
                {
                    (ListenerRole.Grpc, false) => HttpProtocols.Http2,
                    (_, true) => HttpProtocols.Http1AndHttp2,
                    _ => HttpProtocols.Http1,
                };
                if (IsHttps(address)) o.UseHttps(certificate!);
            }
            if (string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase)) kestrel.ListenLocalhost(address.Port, Configure);
            else if (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip)) kestrel.Listen(ip, address.Port, Configure);
            else kestrel.ListenAnyIP(address.Port, Configure);
        }
    }

    /// <summary>The address actually bound for the first listener of <paramref name="role"/> (port 0 resolved), or null.</summary>
    public Uri? AddressOf(ListenerRole role)
    {
        var addresses = _server?.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        for (var i = 0; i < Planned.Count && i < addresses.Count; i++)
            if (Planned[i].Role == role) return new Uri(addresses[i].Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost"));
        return null;
    }

    /// <summary>True when <paramref name="context"/> arrived on a listener of <paramref name="role"/>.</summary>
    public bool Serves(HttpContext context, ListenerRole role)
    {
        _ports ??= Planned.Select((l, i) => PortAt(i)).ToArray();
        var port = context.Connection.LocalPort;
        for (var i = 0; i < Planned.Count; i++)
            if (_ports[i] == port) return Planned[i].Role == role;
        return false;
    }

    private int PortAt(int index)
    {
        var addresses = _server?.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        return index < addresses.Count ? BindingAddress.Parse(addresses[index]).Port : Planned[index].Address.Port;
    }

    private static bool IsHttps(BindingAddress address) => string.Equals(address.Scheme, "https", StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
