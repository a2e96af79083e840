namespace Roster.Gazette.Reading;

/// <summary>The forms of personnel document the reader recognises (docs/reader.md).</summary>
internal enum DocumentForm
{
    /// <summary>A notice of a government, its office, a ministry or a mass organisation (关于…任免…的通知).</summary>
    Notice,

    /// <summary>An order of the head of state (中华人民共和国主席令 第N号).</summary>
    PresidentialOrder,

    /// <summary>A decision of a people's congress standing committee (关于…的决定, adopted at a session).</summary>
    Decision,

    /// <summary>A standing committee's list of appointments and removals (…常务委员会任免名单).</summary>
    AppointmentList,

    /// <summary>A proposal (议案, 提请…审议): it proposes rather than decides; always a draft.</summary>
    Proposal,

    /// <summary>A news report quoting a decision: read from the report, not from the document; always a draft.</summary>
    Report,
}
