using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster probation confirm PERSON --organization ORG --title TITLE --on DATE --source TEXT</c>: records that a person's
/// probation was confirmed (转正; <c>ProbationService.ConfirmProbation</c>, needs a clerk key). Idempotent.
/// </summary>
public static class ProbationCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(CliContext context)
    {
        var person = new Argument<string>("PERSON") { Description = "The person, e.g. 岳江" };
        var organization = new Option<string>("--organization") { Description = "The organisation, e.g. 市公安局国内安全保卫支队", Required = true, HelpName = "ORG" };
        var title = new Option<string>("--title") { Description = "The title, e.g. 支队长", Required = true, HelpName = "TITLE" };
        var on = DateOption.Create("--on", "The day the probation counts as confirmed");
        on.Required = true;
        var source = new Option<string>("--source") { Description = "Where the confirmation is recorded: a document number or a note", Required = true, HelpName = "TEXT" };
        var confirm = new Command("confirm", "Record that a probation was confirmed (试用期满考核合格，正式任职)") { person, organization, title, on, source };
        confirm.SetAction((parse, cancellation) =>
        {
            var request = new ConfirmProbationRequest
            {
                Person = parse.GetRequiredValue(person),
                Organization = parse.GetRequiredValue(organization),
                Title = parse.GetRequiredValue(title),
                ConfirmedOn = parse.GetValue(on),
                Source = parse.GetRequiredValue(source),
            };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new ProbationService.ProbationServiceClient(channel).ConfirmProbationAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.Write(response, context.Output);
                    return;
                }
                var tenure = response.Tenure;
                context.Output.WriteLine((response.Created ? "Recorded" : "Already recorded")
                    + $": {tenure.Person} {tenure.Organization}{tenure.Title}, probation until {Dates.Format(tenure.ProbationUntil)}, confirmed on {Dates.Format(tenure.ConfirmedOn)} ({tenure.ConfirmedBy})");
            });
        });
        return new Command("probation", "Probations (试用期)") { confirm };
    }
}
