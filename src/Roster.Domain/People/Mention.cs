namespace Roster.Domain.People;

/// <summary>What kind of record mentions a person.</summary>
public enum MentionKind
{
    /// <summary>An order item.</summary>
    OrderItem = 1,
    /// <summary>A person seat of a group roster.</summary>
    Seat = 2,
    /// <summary>A roster's attestation of a person in a post.</summary>
    Attestation = 3,
    /// <summary>A probation confirmation recorded through the API.</summary>
    Confirmation = 4,
    /// <summary>A portfolio (分管) of a deputy.</summary>
    Portfolio = 5,
}

/// <summary>
/// One place a record names a person, with the facts the resolution rules read (docs/identity.md).
/// </summary>
/// <param name="Kind">The kind of record.</param>
/// <param name="RowId">The record's row id within its kind.</param>
/// <param name="Name">The canonical name written.</param>
/// <param name="Jurisdiction">The jurisdiction of the issuing office (<see cref="Jurisdictions.OfIssuer"/>).</param>
/// <param name="Document">The document that carries the mention (canonical document number, or the source of an API record).</param>
/// <param name="PostId">The post the mention is about, if any.</param>
/// <param name="ExplicitPerson">The person the request named explicitly, already followed through redirects; null when none.</param>
public sealed record Mention(MentionKind Kind, long RowId, string Name, string Jurisdiction, string Document, long? PostId,
    long? ExplicitPerson = null);
