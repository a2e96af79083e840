using Microsoft.EntityFrameworkCore;
using Roster.Data.Ledger;
using Roster.Domain.Errors;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Posts;
using Roster.Domain.Reference;
using Roster.Domain.Tenures;

namespace Roster.Data.Queries;

/// <summary>A group's roster on a date: the version in force (null when none is known for that date) and its seats.</summary>
/// <param name="Group">Canonical group name.</param>
/// <param name="Kind">领导小组 or 指挥部.</param>
/// <param name="AsOf">The date asked about.</param>
/// <param name="Roster">The version in force on <paramref name="AsOf"/>: the latest with an effective date on or before it; null when none.</param>
/// <param name="Seats">Its seats in printed order, ex-officio seats resolved when asked to; empty when <paramref name="Roster"/> is null.</param>
public sealed record GroupRosterAnswer(string Group, GroupKind Kind, DateOnly AsOf, GroupRoster? Roster, IReadOnlyList<SeatAnswer> Seats);

/// <summary>One group of a listing, with the roster version in force and the roles of the person asked about.</summary>
/// <param name="Roster">The version in force on the date asked (or the latest, with no date).</param>
/// <param name="Roles">The roles the person asked about holds by name in that version; empty when no person was asked about.</param>
public sealed record GroupListing(GroupRoster Roster, IReadOnlyList<string> Roles);

/// <summary>
/// Reads group rosters (docs/model.md, groups): the version in force on a date, ex-officio seats resolved through the
/// officeholder tenures and portfolios on that date (coverage HELD/VACANT/UNKNOWN as for posts), and the groups
/// a person or organisation sits on. Untracked.
/// </summary>
public sealed class GroupQueries(RosterDbContext db, ReferenceTables tables, History.RecordedTenures recorded)
{
    /// <summary>Reason code for a group with no recorded roster.</summary>
    public const string UnknownGroupReason = "GROUP_NOT_FOUND";

    /// <summary>The roster of <paramref name="group"/> in force on <paramref name="asOf"/>; with <paramref name="resolve"/>, each
    /// ex-officio seat answered on that date. With <paramref name="asRecordedAt"/> (UTC), as the roster stood then: only versions,
    /// orders, corrections and portfolios recorded by then count (a group recorded later answers no version in force).
    /// <see cref="NotFoundException"/> when no roster of the group is recorded at all.</summary>
    public async Task<GroupRosterAnswer> RosterOnAsync(string group, DateOnly asOf, bool resolve, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        var name = await CanonicalGroupAsync(group, cancellationToken);
        var versions = db.GroupRosters.Where(r => r.Group.Name == name);
        var kind = await versions.Select(r => r.Kind).FirstAsync(cancellationToken);
        if (asRecordedAt is { } at) versions = versions.Where(r => r.RecordedAt <= at);
        var entity = await versions.Where(r => r.EffectiveOn <= asOf)
            .OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.Id).WithSeats().FirstOrDefaultAsync(cancellationToken);
        if (entity is null) return new GroupRosterAnswer(name, kind, asOf, null, []);
        var roster = entity.ToDomain();
        var seats = new List<SeatAnswer>();
        foreach (var seat in roster.Seats)
        {
            seats.Add(resolve && seat.Kind == SeatHolderKind.ExOfficio
                ? await ResolveAsync(seat, roster.Issuer, asOf, asRecordedAt, cancellationToken)
                : new SeatAnswer(seat, null, null));
        }
        return new GroupRosterAnswer(name, kind, asOf, roster, seats);
    }

    /// <summary>Groups whose roster in force on <paramref name="asOf"/> (the latest version when null) seats <paramref name="person"/> by name,
    /// or names <paramref name="organization"/> as a member unit, an ex-officio post's organisation or the office's host; every group when
    /// neither is given. Ordered by group name. With <paramref name="asRecordedAt"/> (UTC), only versions recorded by then.
    /// <see cref="NotFoundException"/> for a person no record names; an organisation no roster names gives an empty list.</summary>
    public async Task<IReadOnlyList<GroupListing>> ListAsync(string? person, string? organization, DateOnly? asOf, DateTime? asRecordedAt,
        CancellationToken cancellationToken)
    {
        var query = db.GroupRosters.AsQueryable();
        if (asRecordedAt is { } at) query = query.Where(r => r.RecordedAt <= at);
        if (asOf is { } date) query = query.Where(r => r.EffectiveOn <= date);
        string? personName = null;
        if (!string.IsNullOrWhiteSpace(person))
        {
            personName = PersonName.Canonical(person);
            if (!await db.People.AsNoTracking().AnyAsync(p => p.Name == personName, cancellationToken))
                throw new NotFoundException(RosterQueries.UnknownPersonReason, $"no record names the person '{personName}'");
            var named = personName;
            var groupIds = db.Seats.Where(s => s.Person!.Name == named).Select(s => s.Roster.GroupId);
            query = query.Where(r => groupIds.Contains(r.GroupId));
        }
        var versions = (await query.WithSeats().ToListAsync(cancellationToken)).Select(r => (r.Id, Roster: r.ToDomain()));
        var inForce = versions.GroupBy(v => v.Roster.Group)
            .Select(g => g.OrderByDescending(v => v.Roster.EffectiveOn).ThenByDescending(v => v.Id).First().Roster)
            .OrderBy(r => r.Group, StringComparer.Ordinal);

        var organizationName = string.IsNullOrWhiteSpace(organization) ? null : TextForm.Compact(organization);
        var listings = new List<GroupListing>();
        foreach (var roster in inForce)
        {
            if (personName is not null)
            {
                var roles = roster.Seats.Where(s => s.Person == personName).Select(s => s.Role).Distinct().ToList();
                if (roles.Count > 0) listings.Add(new GroupListing(roster, roles));
            }
            else if (organizationName is not null)
            {
                // "市能源局" means 阳泉市能源局 in a roster issued in 阳泉市.
                if (Names(roster).Contains(tables.Names.Resolve(organizationName, roster.Issuer))) listings.Add(new GroupListing(roster, []));
            }
            else
            {
                listings.Add(new GroupListing(roster, []));
            }
        }
        return listings;
    }

    private HashSet<string> Names(GroupRoster roster)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (roster.OfficeAt is { } office) names.Add(tables.Names.Resolve(office, roster.Issuer));
        foreach (var seat in roster.Seats)
        {
            if (seat.Organization is { } unit) names.Add(unit);
            if (seat.ExOfficio is { } text && ExOfficioPost.Parse(text, roster.Issuer, tables).Organization is { } post) names.Add(post);
        }
        return names;
    }

    private async Task<SeatAnswer> ResolveAsync(Seat seat, string issuer, DateOnly asOf, DateTime? asRecordedAt, CancellationToken cancellationToken)
    {
        var target = ExOfficioPost.Parse(seat.ExOfficio!, issuer, tables);
        if (target.PortfolioArea is { } area)
        {
            // The facts: every portfolio running on the date (as recorded then); PortfolioHolders decides which fill the seat.
            var portfolios = db.Portfolios.AsNoTracking().Where(p => p.FromOn <= asOf && (p.ToOn == null || p.ToOn > asOf));
            if (asRecordedAt is { } at) portfolios = portfolios.Where(p => p.RecordedAt <= at);
            var rows = await portfolios
                .Select(p => new { Person = p.Person.Name, p.Areas, p.FromOn, p.ToOn, p.Source, p.Government }).ToListAsync(cancellationToken);
            var running = rows.Select(r => new Portfolio(r.Person, r.Areas.Split('、'), r.FromOn, r.ToOn, r.Source, r.Government));
            return new SeatAnswer(seat, target.Basis, PortfolioHolders.On(area, issuer, asOf, running, tables));
        }
        if (target.Organization is not { } organization) return new SeatAnswer(seat, target.Basis, new Officeholders(asOf, Coverage.Unknown, []));
        if (asRecordedAt is { } recordedAt)
        {
            var past = target.Title is { } postTitle
                ? await recorded.OfPostsAsync(p => p.Organization.Name == organization && p.Title == postTitle, recordedAt, cancellationToken)
                : await recorded.OfPostsAsync(p => p.Organization.Name == organization && p.Rank == PostRank.Head, recordedAt, cancellationToken);
            return new SeatAnswer(seat, target.Basis, Officeholders.On(asOf, past));
        }
        var query = db.Tenures.AsNoTracking().Where(t => t.Post.Organization.Name == organization);
        query = target.Title is { } title ? query.Where(t => t.Post.Title == title) : query.Where(t => t.Post.Rank == PostRank.Head);
        var tenures = await query.Select(TenureRows.Projection).ToListAsync(cancellationToken);
        return new SeatAnswer(seat, target.Basis, Officeholders.On(asOf, tenures));
    }

    private async Task<string> CanonicalGroupAsync(string printed, CancellationToken cancellationToken)
    {
        var compact = TextForm.Compact(printed);
        var candidates = new List<string> { tables.Names.Resolve(compact, issuer: null), compact };
        foreach (var candidate in candidates.Distinct())
        {
            if (await db.GroupRosters.AsNoTracking().AnyAsync(r => r.Group.Name == candidate, cancellationToken)) return candidate;
        }
        throw new NotFoundException(UnknownGroupReason, $"no roster of the group '{compact}' is recorded");
    }
}
