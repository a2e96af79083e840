using System.Text;
using Roster.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await RosterCommandLine.ForConsole().RunAsync(args);
