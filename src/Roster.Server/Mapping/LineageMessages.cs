using Google.Protobuf.WellKnownTypes;
using Roster.Data.Entities;
using Roster.Domain.Lineage;
using Roster.Server.Services;
using Proto = Roster.Protos.V1;

namespace Roster.Server.Mapping;

/// <summary>The one map between stored or domain lineage events and roster.v1.LineageEvent (docs/identity.md, organisations). Kinds share
/// their numbers with LineageEventType.</summary>
public static class LineageMessages
{
    /// <summary>The message of a stored event; <paramref name="names"/> gives organisations' current names by id.</summary>
    public static Proto.LineageEvent ToMessage(LineageEventEntity row, IReadOnlyDictionary<long, string> names)
    {
        var message = ToMessage(row.ToDomain(), names);
        message.Issuer = row.Issuer ?? "";
        message.RecordedAt = Timestamp.FromDateTime(DateTime.SpecifyKind(row.RecordedAt, DateTimeKind.Utc));
        return message;
    }

    /// <summary>The message of a domain event (no issuer or recorded time).</summary>
    public static Proto.LineageEvent ToMessage(LineageEvent e, IReadOnlyDictionary<long, string> names) => new()
    {
        OrganizationId = OrganizationRefs.Name(e.OrganizationId),
        Organization = names.GetValueOrDefault(e.OrganizationId, ""),
        Type = (Proto.LineageEventType)(int)e.Kind,
        EffectiveDate = new Google.Type.Date { Year = e.EffectiveOn.Year, Month = e.EffectiveOn.Month, Day = e.EffectiveOn.Day },
        FormerName = e.FormerName ?? "",
        NewName = e.NewName ?? "",
        RelatedOrganizationId = e.RelatedId is { } related ? OrganizationRefs.Name(related) : "",
        RelatedOrganization = e.RelatedId is { } r ? names.GetValueOrDefault(r, "") : "",
        Source = e.Source,
    };

    /// <summary>The domain kind of an API type; null for UNSPECIFIED or an undefined number.</summary>
    public static LineageKind? KindOf(Proto.LineageEventType type) =>
        type is >= Proto.LineageEventType.Established and <= Proto.LineageEventType.Abolished ? (LineageKind)(int)type : null;
}
