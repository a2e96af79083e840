using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster people review [NAME]</c>: the open questions about namesakes (<c>PeopleService.ListReviewItems</c>);
/// <c>roster people same A B</c>, <c>roster people different A B</c>, <c>roster people unsure A B</c> [<c>--note TEXT</c>]:
/// record a judgement (<c>PeopleService.JudgePeople</c>, needs an editor key). A and B are ids such as <c>people/3</c>.
/// </summary>
public static class PeopleCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("people", "People as identities: review possible namesakes and judge them the same or different")
        {
            Review(context),
            Judge(context, "same", Verdict.Same, "Record that two ids are one person: they merge under the lower id"),
            Judge(context, "different", Verdict.Different, "Record that two ids are two people: their review item closes"),
            Judge(context, "unsure", Verdict.Unsure, "Record that it is not known: the review item stays open, marked"),
            Identify(context),
            Lookup(context),
        };
        return command;
    }

    private static Command Review(CliContext context)
    {
        var name = new Argument<string?>("NAME") { Description = "Only questions about this name", Arity = ArgumentArity.ZeroOrOne };
        var review = new Command("review", "Possible namesakes no record links (POSSIBLE_SAME_PERSON)") { name };
        review.SetAction((parse, cancellation) =>
        {
            var request = new ListReviewItemsRequest { DisplayName = parse.GetValue(name) ?? "", PageSize = 1000 };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new PeopleService.PeopleServiceClient(channel).ListReviewItemsAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.Write(response, context.Output);
                    return;
                }
                context.Output.WriteLine(response.ReviewItems.Count switch
                {
                    0 => "No open review items.",
                    1 => "1 open review item:",
                    var n => $"{n} open review items:",
                });
                foreach (var item in response.ReviewItems)
                {
                    var unsure = item.JudgedUnsure ? " (judged unsure)" : "";
                    context.Output.WriteLine($"{item.Kind} {item.DisplayName}: {item.First} [{string.Join("、", item.FirstJurisdictions)}] / " +
                        $"{item.Second} [{string.Join("、", item.SecondJurisdictions)}]{unsure}");
                }
            });
        });
        return review;
    }

    private static Command Identify(CliContext context)
    {
        var subject = new Argument<string>("SUBJECT") { Description = "A person id (people/3) or an organisation's name" };
        var scheme = new Argument<string>("SCHEME") { Description = "The register, e.g. wikidata" };
        var value = new Argument<string>("VALUE") { Description = "The identifier in it, e.g. Q123456" };
        var command = new Command("identify", "Give a person or organisation an identifier of another register (editor)") { subject, scheme, value };
        command.SetAction((parse, cancellation) =>
        {
            var request = new AddExternalIdentifierRequest
            {
                Subject = parse.GetRequiredValue(subject).Trim(), Scheme = parse.GetRequiredValue(scheme), Value = parse.GetRequiredValue(value),
            };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new PeopleService.PeopleServiceClient(channel).AddExternalIdentifierAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json) JsonOutput.Write(response, context.Output);
                else WriteIdentifier(response.ExternalIdentifier, context.Output);
            });
        });
        return command;
    }

    private static Command Lookup(CliContext context)
    {
        var scheme = new Argument<string>("SCHEME") { Description = "The register, e.g. wikidata" };
        var value = new Argument<string>("VALUE") { Description = "The identifier in it, e.g. Q123456" };
        var command = new Command("lookup", "Who or what an identifier of another register names") { scheme, value };
        command.SetAction((parse, cancellation) =>
        {
            var request = new ListExternalIdentifiersRequest { Scheme = parse.GetRequiredValue(scheme), Value = parse.GetRequiredValue(value) };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new PeopleService.PeopleServiceClient(channel).ListExternalIdentifiersAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json) JsonOutput.Write(response, context.Output);
                else if (response.ExternalIdentifiers.Count == 0) context.Output.WriteLine($"{request.Scheme}:{request.Value} names nothing recorded.");
                else foreach (var found in response.ExternalIdentifiers) WriteIdentifier(found, context.Output);
            });
        });
        return command;
    }

    private static void WriteIdentifier(ExternalIdentifier identifier, TextWriter output) =>
        output.WriteLine($"{identifier.Scheme}:{identifier.Value} names {identifier.DisplayName} ({identifier.Subject})");

    private static Command Judge(CliContext context, string word, Verdict verdict, string description)
    {
        var first = new Argument<string>("A") { Description = "A person id, e.g. people/3" };
        var second = new Argument<string>("B") { Description = "The other person id, e.g. people/8" };
        first.Validators.Add(WhenParsed.NotBlank("A: give a person id, e.g. people/3"));
        second.Validators.Add(WhenParsed.NotBlank("B: give a person id, e.g. people/8"));
        var note = new Option<string>("--note") { Description = "Why, in your words", HelpName = "TEXT" };
        var command = new Command(word, description) { first, second, note };
        command.SetAction((parse, cancellation) =>
        {
            var request = new JudgePeopleRequest
            {
                First = parse.GetRequiredValue(first).Trim(),
                Second = parse.GetRequiredValue(second).Trim(),
                Verdict = verdict,
                Note = parse.GetValue(note) ?? "",
            };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new PeopleService.PeopleServiceClient(channel).JudgePeopleAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.Write(response, context.Output);
                    return;
                }
                context.Output.WriteLine($"Recorded: {response.Judgement.First} and {response.Judgement.Second} {word.ToUpperInvariant()}.");
                context.Output.WriteLine($"{response.Judgement.First} answers as {response.FirstAnswersAs}; {response.Judgement.Second} answers as {response.SecondAnswersAs}.");
            });
        });
        return command;
    }
}
