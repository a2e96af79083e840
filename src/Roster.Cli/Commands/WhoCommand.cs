using System.CommandLine;
using System.CommandLine.Parsing;
using Google.Type;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster who ORGANIZATION [--title T | --rank head|deputy] [--on DATE] [--as-recorded-at TIMESTAMP]</c>: who held a post of an
/// organisation on a date (<c>RosterService.ListOfficeholders</c>). Without <c>--title</c> or <c>--rank</c>
/// it asks for the head.
/// </summary>
public static class WhoCommand
{
    /// <summary>The parse error when both <c>--title</c> and <c>--rank</c> are given.</summary>
    public const string TitleAndRankError = "give either --title or --rank, not both";

    /// <summary>The parse error for an empty <c>--title</c>.</summary>
    public const string EmptyTitleError = "--title: the title is empty";

    /// <summary>The parse error for a <c>--rank</c> other than head or deputy.</summary>
    public static string RankError(string text) => $"--rank: '{text}' is not a rank; expected head or deputy";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var organization = new Argument<string>("ORGANIZATION")
        {
            Description = "Organisation, e.g. 阳泉市公安局 (the server resolves 市… and known aliases)",
        };
        organization.Validators.Add(WhenParsed.NotBlank("ORGANIZATION: give an organisation, e.g. 阳泉市公安局"));
        var title = new Option<string?>("--title")
        {
            Description = "An exact title, e.g. 支队长",
            HelpName = "TITLE",
        };
        var rank = new Option<PostRank?>("--rank")
        {
            Description = "head or deputy (the default is head)",
            HelpName = "head|deputy",
            CustomParser = ParseRank,
        };
        rank.CompletionSources.Clear(); // not the enum's names: the values --rank accepts
        rank.CompletionSources.Add("head", "deputy");
        var on = DateOption.Create("--on", "The date asked about (default: today in the jurisdiction's time zone)");
        var recordedAt = RecordedAtOption.Create();
        var command = new Command("who", "Who held a post of an organisation on a date") { organization, title, rank, on, recordedAt };
        command.Validators.Add(WhenParsed.Check<CommandResult>(result =>
        {
            if (result.GetResult(title) is not null && result.GetResult(rank) is not null)
            {
                result.AddError(TitleAndRankError);
            }
            if (result.GetValue(title) is { } given && string.IsNullOrWhiteSpace(given))
            {
                result.AddError(EmptyTitleError);
            }
        }));
        command.SetAction((parse, cancellation) =>
        {
            var request = Request(parse.GetRequiredValue(organization), parse.GetValue(title), parse.GetValue(rank), parse.GetValue(on));
            request.AsRecordedAt = parse.GetValue(recordedAt);
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, channel =>
                RunAsync(new RosterService.RosterServiceClient(channel), request, format, context.Output, cancellation));
        });
        return command;
    }

    /// <summary>The request for the parsed arguments: the title if given, else the rank, else HEAD.</summary>
    public static ListOfficeholdersRequest Request(string organization, string? title, PostRank? rank, Date? on)
    {
        var request = new ListOfficeholdersRequest { Organization = organization, AsOf = on };
        if (title is not null)
        {
            request.Title = title;
        }
        else
        {
            request.Rank = rank ?? PostRank.Head;
        }
        return request;
    }

    /// <summary>Asks the server and prints the answer.</summary>
    public static async Task RunAsync(
        RosterService.RosterServiceClient client, ListOfficeholdersRequest request, OutputFormat format, TextWriter output, CancellationToken cancellation)
    {
        var response = await client.ListOfficeholdersAsync(request, cancellationToken: cancellation);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(response, output);
        }
        else
        {
            OfficeholdersView.Write(request, response, output);
        }
    }

    private static PostRank? ParseRank(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        switch (text.Trim().ToLowerInvariant())
        {
            case "head": return PostRank.Head;
            case "deputy": return PostRank.Deputy;
            default:
                result.AddError(RankError(text));
                return null;
        }
    }
}
