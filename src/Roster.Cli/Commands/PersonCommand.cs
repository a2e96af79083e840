using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster person NAME [--on DATE] [--groups] [--as-recorded-at TIMESTAMP]</c>: a person's tenures (<c>RosterService.GetPerson</c>); with
/// <c>--on</c>, only the posts held on that date; with <c>--groups</c>, the groups they sit on by name
/// (<c>GroupService.ListGroups</c>).
/// </summary>
public static class PersonCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The person's name, e.g. 岳江 (\"岳 江\" is accepted)" };
        name.Validators.Add(WhenParsed.NotBlank("NAME: give a person's name, e.g. 岳江"));
        var on = DateOption.Create("--on", "Only the posts held on this date");
        var groups = new Option<bool>("--groups") { Description = "The groups (领导小组, 指挥部) the person sits on by name instead of tenures" };
        var recordedAt = RecordedAtOption.Create();
        var command = new Command("person", "A person's tenures, or the posts they held on a date") { name, on, groups, recordedAt };
        command.SetAction((parse, cancellation) =>
        {
            var request = new GetPersonRequest { Name = parse.GetRequiredValue(name), AsOf = parse.GetValue(on), AsRecordedAt = parse.GetValue(recordedAt) };
            var format = context.Options.FormatOf(parse);
            if (parse.GetValue(groups))
            {
                var listRequest = new ListGroupsRequest { Person = request.Name, AsOf = request.AsOf, AsRecordedAt = request.AsRecordedAt };
                return ServerCall.RunAsync(context, parse, channel =>
                    GroupCommand.RunListAsync(new GroupService.GroupServiceClient(channel), listRequest, format, context.Output, cancellation));
            }
            return ServerCall.RunAsync(context, parse, channel =>
                RunAsync(new RosterService.RosterServiceClient(channel), request, format, context.Output, cancellation));
        });
        return command;
    }

    /// <summary>Asks the server and prints the answer.</summary>
    public static async Task RunAsync(
        RosterService.RosterServiceClient client, GetPersonRequest request, OutputFormat format, TextWriter output, CancellationToken cancellation)
    {
        var person = (await client.GetPersonAsync(request, cancellationToken: cancellation)).Person;
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(person, output);
        }
        else
        {
            PersonView.Write(request, person, output);
        }
    }
}
