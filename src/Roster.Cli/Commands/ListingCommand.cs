using System.CommandLine.Parsing;
using System.CommandLine;
using Google.Type;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster listing --from DATE --to DATE [--issuer X] [--format text|markdown|json] [--json]</c>: the personnel section
/// (人事任免) of a gazette for the orders issued between two dates, as the server renders it
/// (<c>GazetteService.GetListing</c>). <c>--to</c> is inclusive: the request asks for issue dates in
/// [from, to + 1 day). <c>--json</c> prints the whole response as proto3 JSON instead of the listing's text.
/// </summary>
public static class ListingCommand
{
    /// <summary>The parse error for a --format other than text, markdown or json.</summary>
    public static string FormatError(string text) => $"--format: '{text}' is not a format; expected text, markdown or json";

    /// <summary>The parse error when --to is before --from.</summary>
    public const string RangeError = "--to is before --from";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var from = DateOption.Create("--from", "First issue date included");
        from.Required = true;
        var to = DateOption.Create("--to", "Last issue date included (inclusive: --from 2022-01-01 --to 2022-02-28 covers both days)");
        to.Required = true;
        var issuer = new Option<string?>("--issuer") { Description = "Only orders of this issuer, e.g. 阳泉市人民政府", HelpName = "ISSUER" };
        var format = new Option<ListingFormat>("--format")
        {
            Description = "text (as the gazette prints it), markdown or json",
            HelpName = "text|markdown|json",
            DefaultValueFactory = _ => ListingFormat.Text,
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                switch (text.Trim().ToLowerInvariant())
                {
                    case "text": return ListingFormat.Text;
                    case "markdown" or "md": return ListingFormat.Markdown;
                    case "json": return ListingFormat.Json;
                    default:
                        result.AddError(FormatError(text));
                        return ListingFormat.Text;
                }
            },
        };
        format.CompletionSources.Clear();
        format.CompletionSources.Add("text", "markdown", "json");
        var command = new Command("listing", "Print the personnel section (人事任免) of a gazette for orders issued between two dates")
        {
            from, to, issuer, format,
        };
        command.Validators.Add(WhenParsed.Check<CommandResult>(result =>
        {
            if (result.GetValue(from) is { } f && result.GetValue(to) is { } t && Compare(t, f) < 0) result.AddError(RangeError);
        }));
        command.SetAction((parse, cancellation) =>
        {
            var request = new GetListingRequest
            {
                Issuer = parse.GetValue(issuer) ?? "",
                IssuedFrom = parse.GetValue(from),
                IssuedBefore = NextDay(parse.GetValue(to)!),
                Format = parse.GetValue(format),
            };
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new GazetteService.GazetteServiceClient(channel).GetListingAsync(request, cancellationToken: cancellation);
                // --json prints the response message (proto3 JSON mapping), as every other command does.
                if (context.Options.FormatOf(parse) == OutputFormat.Json) JsonOutput.Write(response, context.Output);
                else context.Output.Write(response.Listing.Text);
            });
        });
        return command;
    }

    /// <summary>The day after <paramref name="date"/> (a real calendar date); null after 9999-12-31, the last day there is,
    /// which leaves the range open at its end.</summary>
    public static Date? NextDay(Date date)
    {
        var day = new DateOnly(date.Year, date.Month, date.Day);
        if (day == DateOnly.MaxValue) return null;
        var next = day.AddDays(1);
        return new Date { Year = next.Year, Month = next.Month, Day = next.Day };
    }

    private static int Compare(Date a, Date b) => (a.Year, a.Month, a.Day).CompareTo((b.Year, b.Month, b.Day));
}
