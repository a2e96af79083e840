using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Prints lineage events, one a line: <c>RENAMED 阳泉市国土资源局 → 阳泉市规划和自然资源局 on 2019-01-25 [阳政发〔2019〕3号]</c>.
/// </summary>
public static class LineageView
{
    /// <summary>Writes the header line (id and current name) and each event of <paramref name="response"/>.</summary>
    public static void Write(ListLineageEventsResponse response, TextWriter output)
    {
        output.WriteLine($"{response.Organization} ({response.OrganizationId})");
        if (response.Events.Count == 0)
        {
            output.WriteLine("no lineage events recorded");
            return;
        }
        foreach (var e in response.Events)
        {
            // A rename onto a name another record bore: that record carries the organisation on.
            var continuation = e.Type == LineageEventType.Renamed && e.RelatedOrganizationId.Length > 0
                ? $", continued as {e.RelatedOrganizationId}" : "";
            output.WriteLine($"{Describe(e)} [{e.Source}]{continuation}");
        }
    }

    /// <summary>One event in words, without its source: "RENAMED 阳泉市国土资源局 → 阳泉市规划和自然资源局 on 2019-01-25".</summary>
    public static string Describe(LineageEvent e)
    {
        var on = Dates.Format(e.EffectiveDate);
        return e.Type switch
        {
            LineageEventType.Renamed => $"RENAMED {e.FormerName} → {e.NewName} on {on}",
            LineageEventType.MergedInto => $"MERGED_INTO {e.RelatedOrganization} ({e.RelatedOrganizationId}) on {on}: {e.Organization}",
            LineageEventType.SplitFrom => $"SPLIT_FROM {e.RelatedOrganization} ({e.RelatedOrganizationId}) on {on}: {e.Organization}",
            LineageEventType.Established => $"ESTABLISHED {e.NewName} on {on}",
            LineageEventType.Abolished => $"ABOLISHED {e.Organization} on {on}",
            _ => $"{e.Type} on {on}",
        };
    }
}
