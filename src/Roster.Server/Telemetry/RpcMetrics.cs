using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Roster.Server.Telemetry;

/// <summary>
/// RPC metrics (meter <c>Roster.Server</c>): calls and errors by method and status code, and latency in seconds.
/// Prometheus sees them as <c>roster_rpc_calls_total</c>, <c>roster_rpc_errors_total</c> and
/// <c>roster_rpc_duration_seconds</c>.
/// </summary>
public sealed class RpcMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Roster.Server";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public RpcMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("roster.rpc.calls", description: "RPCs handled, by method and status code");
        _errors = meter.CreateCounter<long>("roster.rpc.errors", description: "RPCs that ended with a status other than OK");
        _duration = meter.CreateHistogram<double>("roster.rpc.duration", unit: "s", description: "RPC latency");
    }

    /// <summary>Records one call of <paramref name="method"/> ending with <paramref name="code"/> (e.g. <c>OK</c>).</summary>
    public void Record(string method, string code, TimeSpan elapsed)
    {
        var tags = new TagList { { "rpc_method", method }, { "rpc_code", code } };
        _calls.Add(1, tags);
        if (code != "OK") _errors.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
