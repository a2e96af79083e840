using Roster.Server.Hosting;

var app = RosterServer.Build(args);
await app.PrepareAsync();
await app.RunAsync();
