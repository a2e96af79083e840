using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Prints group answers: <c>roster group show</c> (a header line, where the office sits, then one row per seat with
/// role, holder as printed and, for ex-officio seats, who holds it on the date) and <c>roster group list</c>.
/// </summary>
public static class GroupView
{
    /// <summary>The column headers of a roster, in order.</summary>
    public static readonly string[] SeatHeaders = ["ROLE", "HOLDER", "AS PRINTED", "ON THE DATE"];

    /// <summary>The column headers of a group listing, in order.</summary>
    public static readonly string[] ListHeaders = ["GROUP", "KIND", "ROSTER", "EFFECTIVE", "SEATS", "ROLES"];

    /// <summary>Writes the roster in force, or says that none is known for the date.</summary>
    public static void Write(GetGroupRosterRequest request, GetGroupRosterResponse response, TextWriter output)
    {
        var group = response.Group.Length > 0 ? response.Group : request.Group;
        var asOf = Dates.Format(response.AsOf) ?? Dates.Format(request.AsOf) ?? "today";
        if (response.RosterCoverage != Coverage.Held || response.Roster is null)
        {
            output.WriteLine($"{group} on {asOf}: no roster is known for that date");
            return;
        }
        var roster = response.Roster;
        var count = roster.Seats.Count;
        output.WriteLine($"{group} ({response.Kind.ToWire()}) on {asOf}: roster of {roster.SourceDocument}, effective {Dates.Format(roster.EffectiveOn)}, {count} seat{(count == 1 ? "" : "s")}");
        if (roster.OfficeAt.Length > 0) output.WriteLine($"office at: {roster.OfficeAt}");
        var table = new TableWriter(SeatHeaders);
        foreach (var seat in roster.Seats)
        {
            table.AddRow(seat.Role + (seat.Concurrent ? " (兼)" : ""), Holder(seat), AsPrinted(seat), OnTheDate(seat));
        }
        table.WriteTo(output);
    }

    /// <summary>Writes a group listing; <paramref name="person"/> names whose roles are shown, if any.</summary>
    public static void Write(ListGroupsResponse response, string? person, TextWriter output)
    {
        if (response.Groups.Count == 0)
        {
            output.WriteLine(person is null ? "no groups recorded" : $"{person}: on no recorded group");
            return;
        }
        if (person is not null) output.WriteLine($"{person}: on {response.Groups.Count} group{(response.Groups.Count == 1 ? "" : "s")}");
        var table = new TableWriter(ListHeaders);
        foreach (var g in response.Groups)
        {
            table.AddRow(g.Group, g.Kind.ToWire(), g.SourceDocument, Dates.Format(g.EffectiveOn),
                g.SeatCount.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("、", g.Roles));
        }
        table.WriteTo(output);
    }

    private static string Holder(Seat seat) => seat.HolderKind switch
    {
        SeatHolderKind.Person => seat.Person,
        SeatHolderKind.ExOfficio => "ex officio",
        SeatHolderKind.MemberUnit => "member unit",
        _ => "",
    };

    private static string AsPrinted(Seat seat) => seat.HolderKind switch
    {
        SeatHolderKind.Person => seat.TitleText,
        SeatHolderKind.ExOfficio => seat.ExOfficio,
        _ => seat.MemberUnit,
    };

    private static string OnTheDate(Seat seat)
    {
        if (seat.Resolution is not { } resolution) return "";
        var holders = string.Join("、", resolution.Holders.Select(h => $"{h.Person} ({TenureTable.From(h)})"));
        return resolution.Coverage == Coverage.Held
            ? $"{holders} [{resolution.Basis}]"
            : $"{resolution.Coverage.ToWire()} [{resolution.Basis}]";
    }
}
