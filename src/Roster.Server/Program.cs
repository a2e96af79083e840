using Roster.Server.Hosting;

if (await ServerAdminCommand.TryRunAsync(args, Console.Out, Console.Error) is { } adminExit) return adminExit;

WebApplication app;
try
{
    app = RosterServer.Build(args);
}
catch (InvalidOperationException e) when (e.Message.StartsWith("refusing", StringComparison.Ordinal) || e.Message.StartsWith("Roster:", StringComparison.Ordinal) || e.Message.Contains("https://", StringComparison.Ordinal))
{
    Console.Error.WriteLine($"roster server: {e.Message}");
    return 2;
}
try
{
    // Listen first, then prepare the database: an orchestrator sees the process alive and not ready while it migrates
    // (docs/decisions.md 47), rather than a refused connection it would take for a dead process.
    await app.StartAsync();
    await app.PrepareAsync(app.Lifetime.ApplicationStopping);
    await app.WaitForShutdownAsync();
}
catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
{
    // Another process (often a Roster server already running) holds the port: say so in one line.
    Console.Error.WriteLine($"roster server: {e.Message} Stop the other server, or move the listener on that address: " +
        "--urls for gRPC, --Roster:HttpUrl for HTTP/JSON, --Roster:MetricsUrl for metrics (an empty value turns the last two off).");
    return 1;
}
return 0;
