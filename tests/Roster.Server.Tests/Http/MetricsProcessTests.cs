using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Roster.Server.Tests.Crashes;

namespace Roster.Server.Tests.Http;

/// <summary>
/// The metrics one server exports, read from a server in a process of its own: inside the test process every server's
/// meters share their names and the exporter of each sees the others', so what one server exports cannot be told apart
/// there. Fast calls land in the sub-10 ms buckets of a seconds histogram; runtime and process metrics are exported.
/// </summary>
public sealed partial class MetricsProcessTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("roster-metrics-");

    [Fact]
    public async Task Calls_land_in_second_buckets_down_to_half_a_millisecond_and_runtime_and_process_metrics_are_exported()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { TakenPortTests.ServerDll(), "--urls", "http://127.0.0.1:0", "--Roster:HttpUrl=http://127.0.0.1:0",
            "--Roster:MetricsUrl=http://127.0.0.1:0", $"--ConnectionStrings:Roster=Data Source={Path.Combine(_work.FullName, "r.db")}",
            "--Roster:ImportSeed=false", "--Roster:AllowAnonymousReads=true" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var addresses = new List<Uri>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                Assert.True(line is not null, "the server stopped before it started");
                if (ListeningOn().Match(line!) is { Success: true } m) addresses.Add(new Uri(m.Groups[1].Value));
                if (line!.Contains("Application started", StringComparison.Ordinal)) break;
            }
            _ = process.StandardOutput.ReadToEndAsync();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            Uri? metrics = null, json = null;
            foreach (var address in addresses)
            {
                try
                {
                    using var probe = await http.GetAsync(new Uri(address, "/metrics"));
                    if (probe.StatusCode == HttpStatusCode.OK) metrics = address;
                    else if ((await http.GetAsync(new Uri(address, "/healthz"))).StatusCode == HttpStatusCode.OK) json = address;
                }
                catch (HttpRequestException)
                {
                    // The gRPC listener speaks HTTP/2 only.
                }
            }
            Assert.NotNull(metrics);
            Assert.NotNull(json);
            // The server listens before it has prepared its database (docs/decisions.md 47): wait until it is ready.
            for (var attempt = 0; (await http.GetAsync(new Uri(json!, "/readyz"))).StatusCode != HttpStatusCode.OK; attempt++)
            {
                Assert.True(attempt < 600, "the server did not become ready");
                await Task.Delay(200);
            }

            // Thirty reads of a person no record names: each a NOT_FOUND answered from one indexed lookup.
            for (var i = 0; i < 30; i++)
            {
                using var answer = await http.GetAsync(new Uri(json!, "/v1/people/%E5%B2%B3%E6%B1%9F"));
                Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            }
            var text = "";
            for (var attempt = 0; attempt < 80 && !Count().IsMatch(text); attempt++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
                text = await http.GetStringAsync(new Uri(metrics!, "/metrics"));
            }
            Assert.Matches(Count(), text);

            // Seconds buckets, 0.5 ms to 10 s (TelemetryRegistration.DurationBuckets), and at least one of the thirty calls in a
            // bucket under 10 ms.
            foreach (var bound in Roster.Server.Telemetry.TelemetryRegistration.DurationBuckets)
                Assert.Matches("roster_rpc_duration_seconds_bucket\\{[^}]*rpc_method=\"/roster.v1.RosterService/GetPerson\"[^}]*le=\"" +
                    bound.ToString(CultureInfo.InvariantCulture) + "\"\\}", text);
            var under10ms = Under10Ms().Match(text);
            Assert.True(under10ms.Success, text);
            Assert.True(long.Parse(under10ms.Groups[1].Value, CultureInfo.InvariantCulture) >= 1, under10ms.Value);
            Assert.Matches(@"(?m)^dotnet_gc_\w+", text);
            Assert.Matches(@"(?m)^process_cpu_time_seconds_total", text);
            Assert.Matches("http_server_request_duration_seconds_bucket\\{[^}]*le=\"0.0005\"", text);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    [GeneratedRegex("roster_rpc_duration_seconds_count\\{[^}]*rpc_method=\"/roster.v1.RosterService/GetPerson\"[^}]*\\} (?:[3-9][0-9]|[1-9][0-9]{2,})")]
    private static partial Regex Count();

    [GeneratedRegex("roster_rpc_duration_seconds_bucket\\{[^}]*rpc_method=\"/roster.v1.RosterService/GetPerson\"[^}]*le=\"0.01\"\\} ([0-9]+)")]
    private static partial Regex Under10Ms();
}
