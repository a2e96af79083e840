using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Prints the answer to <c>roster who</c>: a header line <c>阳泉市公安局 HEAD on 2022-01-29: HELD</c>, then the
/// line saying so when a predecessor (or successor) answered through the lineage, the
/// holders as a <see cref="TenureTable"/>, or the coverage in words when the post is vacant or unknown. Holders whose start
/// or end is known only to the month or year and spans the date follow under <c>UNKNOWN for …</c>, in a table of their own
/// (docs/time.md, imprecise dates).
/// </summary>
public static class OfficeholdersView
{
    /// <summary>Writes <paramref name="response"/>; <paramref name="request"/> names the post asked about.</summary>
    public static void Write(ListOfficeholdersRequest request, ListOfficeholdersResponse response, TextWriter output)
    {
        var organization = response.Organization.Length > 0 ? response.Organization : request.Organization;
        var asOf = Dates.Format(response.AsOf) ?? Dates.Format(request.AsOf) ?? "today";
        output.WriteLine($"{organization} {PostAskedAbout(request)} on {asOf}: {response.Coverage.ToWire()}");
        if (response.AnsweredBy is { } link)
        {
            output.WriteLine(AnsweredByLine(request.Organization, link));
        }
        switch (response.Coverage)
        {
            case Coverage.Held when response.Officeholders.Count > 0:
                TenureTable.Create(response.Officeholders).WriteTo(output);
                break;
            case Coverage.Held:
                output.WriteLine("held: the server listed no holders");
                break;
            case Coverage.Vacant:
                output.WriteLine($"vacant: our records show the post ended and nobody was appointed to it by {asOf}");
                break;
            case Coverage.Unknown when response.UncertainHolders.Count > 0:
                break;
            case Coverage.Unknown:
                output.WriteLine($"unknown: no record reaches {asOf}");
                break;
            default:
                output.WriteLine("the server did not say whether the post was held");
                break;
        }
        if (response.UncertainHolders.Count > 0)
        {
            var holders = response.UncertainHolders.Count == 1 ? $"{response.UncertainHolders[0].Person}" : $"{response.UncertainHolders.Count} holders";
            output.WriteLine($"UNKNOWN for {holders}: {asOf} falls within a start or end known only to the month or year");
            TenureTable.Create(response.UncertainHolders).WriteTo(output);
        }
    }

    /// <summary>The line saying another name answered: "answered by predecessor 阳泉市国土资源局 (RENAMED 阳泉市规划和自然资源局 on 2019-01-25)".</summary>
    public static string AnsweredByLine(string asked, LineageLink link)
    {
        var relation = link.Predecessor ? "predecessor" : "successor";
        var happened = link.Event is { } e
            ? $" ({LineageView.Describe(e)})"
            : "";
        return $"answered by {relation} {link.Organization} of {asked}{happened}";
    }

    private static string PostAskedAbout(ListOfficeholdersRequest request) => request.PostCase switch
    {
        ListOfficeholdersRequest.PostOneofCase.Title => request.Title,
        ListOfficeholdersRequest.PostOneofCase.Rank => request.Rank.ToWire(),
        _ => "(no post)",
    };
}
