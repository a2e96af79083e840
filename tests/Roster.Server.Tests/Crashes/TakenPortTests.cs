using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Roster.Server.Tests.Crashes;

/// <summary>A server started on a port another process holds says so in one line and exits 1, with no stack trace.</summary>
public sealed class TakenPortTests
{
    [Fact]
    public async Task A_taken_port_is_one_line_and_exit_1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var work = Directory.CreateTempSubdirectory("roster-port-");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = work.FullName, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            foreach (var arg in new[] { ServerDll(), "--urls", $"http://127.0.0.1:{port}", "--Roster:HttpUrl=", "--Roster:MetricsUrl=",
                $"--ConnectionStrings:Roster=Data Source={Path.Combine(work.FullName, "r.db")}", "--Roster:ImportSeed=false" })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var all = await output + await error;

            Assert.Equal(1, process.ExitCode);
            Assert.Contains($"roster server: Failed to bind to address http://127.0.0.1:{port}: address already in use.", all);
            Assert.DoesNotContain("   at ", all);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_start_with_urls_logs_no_overriding_addresses_warning()
    {
        var work = Directory.CreateTempSubdirectory("roster-urls-");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { ServerDll(), "--urls", "http://127.0.0.1:0", "--Roster:HttpUrl=", "--Roster:MetricsUrl=",
            $"--ConnectionStrings:Roster=Data Source={Path.Combine(work.FullName, "r.db")}", "--Roster:ImportSeed=false" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var log = new System.Text.StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!log.ToString().Contains("Application started", StringComparison.Ordinal))
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                Assert.True(line is not null, $"the server stopped before it started: {log}");
                log.AppendLine(line);
            }

            Assert.Contains("Now listening on: http://127.0.0.1:", log.ToString());
            Assert.DoesNotContain("Overriding address", log.ToString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            work.Delete(recursive: true);
        }
    }

    internal static string ServerDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Roster.sln"))) directory = directory.Parent!;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(directory.FullName, "src", "Roster.Server", "bin", configuration, "net10.0", "Roster.Server.dll");
    }
}
