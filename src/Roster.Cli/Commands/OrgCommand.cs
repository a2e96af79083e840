using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster org lineage ORG</c>: an organisation's lineage events (<c>OrganizationService.ListLineageEvents</c>), by any name it
/// bore or its id (<c>organizations/7</c>); <c>roster org lineage record ORG --type renamed|merged-into|split-from|established|abolished
/// --on DATE [--new-name NAME] [--related ORG] [--source DOC] [--issuer OFFICE]</c>: records one (<c>OrganizationService.RecordLineage</c>,
/// needs a clerk of the issuing office or an editor key).
/// </summary>
public static class OrgCommand
{
    /// <summary>The parse error for a <c>--type</c> that is not a lineage event type.</summary>
    public static string TypeError(string text) =>
        $"--type: '{text}' is not a lineage event; expected established, renamed, merged-into, split-from or abolished";

    /// <summary>Creates the command group.</summary>
    public static Command Create(CliContext context)
    {
        var organization = OrganizationArgument();
        var lineage = new Command("lineage", "An organisation's lineage: renames, merges, splits (record one with 'record')") { organization, Record(context) };
        lineage.SetAction((parse, cancellation) =>
        {
            var request = new ListLineageEventsRequest { Organization = parse.GetRequiredValue(organization).Trim() };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new OrganizationService.OrganizationServiceClient(channel).ListLineageEventsAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.Write(response, context.Output);
                    return;
                }
                LineageView.Write(response, context.Output);
            });
        });
        return new Command("org", "Organisations as identities: their lineage through reforms") { lineage };
    }

    private static Argument<string> OrganizationArgument()
    {
        var organization = new Argument<string>("ORG") { Description = "An organisation by any name it bore, e.g. 阳泉市国土资源局, or its id, organizations/7" };
        organization.Validators.Add(WhenParsed.NotBlank("ORG: give an organisation, e.g. 阳泉市国土资源局"));
        return organization;
    }

    private static Command Record(CliContext context)
    {
        var organization = OrganizationArgument();
        var type = new Option<LineageEventType?>("--type")
        {
            Description = "What happened: established, renamed, merged-into, split-from or abolished",
            HelpName = "TYPE",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                var parsed = ParseType(text);
                if (parsed is null) result.AddError(TypeError(text));
                return parsed;
            },
        };
        type.CompletionSources.Clear();
        type.CompletionSources.Add("established", "renamed", "merged-into", "split-from", "abolished");
        var on = DateOption.Create("--on", "The day it took effect");
        on.Required = true;
        var newName = new Option<string>("--new-name") { Description = "renamed: the new name", HelpName = "NAME" };
        var related = new Option<string>("--related") { Description = "merged-into: the successor; split-from: the source", HelpName = "ORG" };
        var source = new Option<string>("--source") { Description = "The decision's document number (default: your office)", HelpName = "DOC" };
        var issuer = new Option<string>("--issuer") { Description = "The office that decided it (default: your key's office)", HelpName = "OFFICE" };
        var command = new Command("record", "Record one lineage event of an organisation") { organization, type, on, newName, related, source, issuer };
        command.SetAction((parse, cancellation) =>
        {
            var request = new RecordLineageRequest
            {
                Organization = parse.GetRequiredValue(organization).Trim(),
                Type = parse.GetValue(type) ?? LineageEventType.Unspecified,
                EffectiveDate = parse.GetValue(on),
                NewName = parse.GetValue(newName) ?? "",
                RelatedOrganization = parse.GetValue(related) ?? "",
                Source = parse.GetValue(source) ?? "",
                Issuer = parse.GetValue(issuer) ?? "",
            };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, async channel =>
            {
                var response = await new OrganizationService.OrganizationServiceClient(channel).RecordLineageAsync(request, cancellationToken: cancellation);
                if (format == OutputFormat.Json)
                {
                    JsonOutput.Write(response, context.Output);
                    return;
                }
                context.Output.WriteLine($"Recorded for {response.Event.OrganizationId}: {LineageView.Describe(response.Event)} [{response.Event.Source}]");
            });
        });
        return command;
    }

    /// <summary>The event type a <c>--type</c> word names (case-insensitive, '-' or '_'); null for any other word.</summary>
    public static LineageEventType? ParseType(string text) => text.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "established" => LineageEventType.Established,
        "renamed" => LineageEventType.Renamed,
        "merged-into" => LineageEventType.MergedInto,
        "split-from" => LineageEventType.SplitFrom,
        "abolished" => LineageEventType.Abolished,
        _ => null,
    };
}
