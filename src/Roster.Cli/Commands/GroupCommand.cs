using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster group</c>: leading groups and command headquarters. <c>show NAME [--on DATE] [--as-recorded-at TIMESTAMP]</c> prints the roster in
/// force on the date with ex-officio seats resolved (<c>GroupService.GetGroupRoster</c>); <c>list [--person NAME]
/// [--on DATE]</c> lists groups (<c>GroupService.ListGroups</c>).
/// </summary>
public static class GroupCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(CliContext context) =>
        new("group", "Leading groups (领导小组) and command headquarters (指挥部)")
        {
            Show(context),
            List(context),
        };

    private static Command Show(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The group's name, e.g. 阳泉市保护国家通信光缆安全领导小组" };
        var on = DateOption.Create("--on", "The date asked about (default: today)");
        var recordedAt = RecordedAtOption.Create();
        var command = new Command("show", "The roster of a group in force on a date, ex-officio seats resolved") { name, on, recordedAt };
        command.SetAction((parse, cancellation) =>
        {
            var request = new GetGroupRosterRequest { Group = parse.GetRequiredValue(name), AsOf = parse.GetValue(on), Resolve = true, AsRecordedAt = parse.GetValue(recordedAt) };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new GroupService.GroupServiceClient(channel).GetGroupRosterAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json) JsonOutput.Write(response, context.Output);
                else GroupView.Write(request, response, context.Output);
            });
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var person = new Option<string?>("--person") { Description = "Only groups this person sits on by name" };
        var on = DateOption.Create("--on", "The rosters in force on this date (default: the latest)");
        var recordedAt = RecordedAtOption.Create();
        var command = new Command("list", "Groups with their roster in force") { person, on, recordedAt };
        command.SetAction((parse, cancellation) =>
        {
            var request = new ListGroupsRequest { Person = parse.GetValue(person) ?? "", AsOf = parse.GetValue(on), AsRecordedAt = parse.GetValue(recordedAt) };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, channel =>
                RunListAsync(new GroupService.GroupServiceClient(channel), request, format, context.Output, cancellation));
        });
        return command;
    }

    /// <summary>Asks for a group listing and prints it (shared with <c>roster person NAME --groups</c>).</summary>
    public static async Task RunListAsync(GroupService.GroupServiceClient client, ListGroupsRequest request, OutputFormat format,
        TextWriter output, CancellationToken cancellation)
    {
        var response = await client.ListGroupsAsync(request, cancellationToken: cancellation);
        if (format == OutputFormat.Json) JsonOutput.Write(response, output);
        else GroupView.Write(response, request.Person.Length > 0 ? request.Person : null, output);
    }
}
