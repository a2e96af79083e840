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
        var name = new Argument<string>("NAME") { Description = "The person's name, e.g. 岳江 (\"岳 江\" is accepted), or id, e.g. people/17" };
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
                RunAsync(new RosterService.RosterServiceClient(channel), request, format, context.Output, cancellation,
                    () => new PeopleService.PeopleServiceClient(channel)));
        });
        return command;
    }

    /// <summary>Asks the server and prints the answer. A name several people bear (<c>PERSON_AMBIGUOUS</c>) is answered by listing
    /// them all (<c>PeopleService.ListPeople</c>): how many share the name, and each one's id, summary and tenures.</summary>
    public static async Task RunAsync(
        RosterService.RosterServiceClient client, GetPersonRequest request, OutputFormat format, TextWriter output, CancellationToken cancellation,
        Func<PeopleService.PeopleServiceClient>? people = null)
    {
        Person person;
        try
        {
            person = (await client.GetPersonAsync(request, cancellationToken: cancellation)).Person;
        }
        catch (Grpc.Core.RpcException e) when (people is not null && e.StatusCode == Grpc.Core.StatusCode.FailedPrecondition
            && Grpc.Core.RpcExceptionExtensions.GetRpcStatus(e)?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason == "PERSON_AMBIGUOUS")
        {
            var namesakes = await people().ListPeopleAsync(new ListPeopleRequest { DisplayName = request.Name, AsRecordedAt = request.AsRecordedAt },
                cancellationToken: cancellation);
            if (format == OutputFormat.Json) JsonOutput.Write(namesakes, output);
            else PersonView.WriteNamesakes(namesakes.People, output);
            return;
        }
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
