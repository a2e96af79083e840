using Microsoft.EntityFrameworkCore;
using Roster.Data.Entities;
using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Orders;

namespace Roster.Data.Ledger;

/// <summary>Reads stored roster versions back into domain <see cref="GroupRoster"/>s.</summary>
internal static class StoredRosters
{
    /// <summary>Roster versions with group and seats (and their people) loaded, untracked.</summary>
    public static IQueryable<GroupRosterEntity> WithSeats(this IQueryable<GroupRosterEntity> rosters) =>
        rosters.AsNoTracking().Include(r => r.Group).Include(r => r.Seats).ThenInclude(s => s.Person).AsSplitQuery();

    /// <summary>The domain form of a stored roster version.</summary>
    public static GroupRoster ToDomain(this GroupRosterEntity entity) => new()
    {
        Group = entity.Group.Name,
        Kind = entity.Kind,
        SourceDocument = DocumentNumber.Parse(entity.SourceDocument),
        Issuer = entity.Issuer,
        EffectiveOn = entity.EffectiveOn,
        OfficeAt = entity.OfficeAt,
        Seats = entity.Seats.OrderBy(s => s.Position).Select(s => new Seat(s.Position, s.Role, s.HolderKind, s.Person?.Name,
            s.TitleText, s.ExOfficio, s.MemberUnit, s.Organization, s.Concurrent)
        {
            PersonId = s.PersonId is { } id ? new Domain.People.PersonId(id) : null,
            PersonReason = s.PersonId is null ? null : s.PersonReason,
        }).ToList(),
        Source = new OrderSource(entity.SourceGazette, entity.SourceLineStart, entity.SourceLineEnd, entity.SubmittedBy),
    };
}
