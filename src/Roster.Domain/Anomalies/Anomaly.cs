namespace Roster.Domain.Anomalies;

/// <summary>
/// Something in the record that looks wrong (docs/orders.md): accepted, but worth a human look until an order or a confirmation
/// resolves it. Derived from the records, never stored (docs/decisions.md, anomalies).
/// </summary>
/// <param name="Code">Stable UPPER_SNAKE code (<see cref="AnomalyCodes"/>).</param>
/// <param name="Message">Human text.</param>
/// <param name="Organization">Canonical organisation concerned.</param>
/// <param name="Title">The post's title; null when the anomaly is about the organisation (overlapping heads of several titles).</param>
/// <param name="Persons">The persons concerned, in the order the message names them.</param>
/// <param name="FromOn">First day the anomaly holds (a calendar date).</param>
/// <param name="ToOn">First day it no longer holds by the dates recorded (exclusive); null when open-ended.</param>
/// <param name="Documents">Canonical document numbers of the orders involved (or the source of an API confirmation), in the
/// order the message names them.</param>
public sealed record Anomaly(string Code, string Message, string Organization, string? Title, IReadOnlyList<string> Persons,
    DateOnly FromOn, DateOnly? ToOn, IReadOnlyList<string> Documents)
{
    /// <summary>What identifies the anomaly across recomputations (for "new anomaly" checks): code, post, persons and
    /// documents, not the message or the dates an order may move.</summary>
    public string Key => string.Join('\u001f', [Code, Organization, Title ?? "", .. Persons, "|", .. Documents]);
}
